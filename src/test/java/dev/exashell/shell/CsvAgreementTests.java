package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.CreatedImport;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.FakeClock;
import dev.exashell.testing.TestTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * create refuses a file locally exactly when the API (the sandbox, which models it) would fail it
 * as {@code invalid_format} once uploaded: the same file both ways.
 */
class CsvAgreementTests {

	private static final FakeClock clock = new FakeClock(TestTime.NOW);
	private static final SandboxServer sandbox = TestShell.startSandbox(clock);
	private static final ExaClient direct = TestShell.direct(sandbox);

	@TempDir
	Path dir;

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	static Stream<Arguments> files() {
		byte[] noise = new byte[2048];
		new Random(3).nextBytes(noise);
		return Stream.of(
				Arguments.of("plain", utf8("url,name\nacme.example,Acme\n")),
				Arguments.of("quoted line breaks, CRLF", utf8("url,note\r\nacme.example,\"a\r\nb, \"\"c\"\"\"\r\n\r\n")),
				Arguments.of("CR line ends, no final newline", utf8("url,n\racme.example,x\rglobex.example,y")),
				Arguments.of("BOM, blank lines, non-ASCII", utf8("\uFEFF\n\nurl,名前\n  \nbücher.de,\"Zoë, 🦊\"\n\t\n")),
				Arguments.of("a quote inside an unquoted field", utf8("url,n\nacme.example,5\" disk\n")),
				Arguments.of("more fields than the header", utf8("url,n\nacme.example,x,y\n")),
				Arguments.of("fewer fields than the header", utf8("url,n\nacme.example\n")),
				Arguments.of("ragged after a quoted line break", utf8("url,n\nacme.example,\"x\ny\"\nglobex.example\n")),
				Arguments.of("text after a closing quote", utf8("url,n\nacme.example,\"x\"y\n")),
				Arguments.of("a blank after a closing quote", utf8("url,n\nacme.example,\"x\" \n")),
				Arguments.of("a NUL byte", utf8("url,n\nacme.example,a\0b\n")),
				Arguments.of("Latin-1", "url,n\nacme.example,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
				Arguments.of("UTF-16", "\uFEFFurl,n\nacme.example,x\n".getBytes(StandardCharsets.UTF_16LE)),
				Arguments.of("random bytes", noise));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void refusedLocallyExactlyWhenTheApiWouldFailItAsInvalidFormat(String name, byte[] bytes) throws IOException {
		Path file = Files.write(dir.resolve("in.csv"), bytes);

		Result local = TestShell.piped(sandbox).run("create " + file + " --entity company");
		CreatedImport created = direct.create(new CreateImportRequest("csv", new Entity("company", null), bytes.length, 1,
				name, null, null));
		direct.upload(created.uploadUrl(), bytes);
		clock.set(clock.instant().plus(Duration.ofMinutes(1)));
		Import processed = direct.get(created.importItem().id());

		boolean invalidFormat = "invalid_format".equals(processed.failedReason());
		assertThat(local.code()).as(local.err()).isEqualTo(invalidFormat ? 2 : 0);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
