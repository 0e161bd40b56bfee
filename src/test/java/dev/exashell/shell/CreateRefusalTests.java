package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Everything create checks locally: each refusal is one error, one hint, exit 2, and no request at all. */
class CreateRefusalTests {

	private static SandboxServer sandbox;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startSandbox() throws IOException {
		sandbox = TestShell.startSandbox();
		Files.writeString(dir.resolve("ok.csv"), CreateTests.COMPANIES);
		Files.writeString(dir.resolve("empty.csv"), "");
		Files.writeString(dir.resolve("blank.csv"), "\n  \r\n\n");
		Files.writeString(dir.resolve("header.csv"), "url,name,company\n");
		Files.writeString(dir.resolve("quoted-header.csv"), "url,\"note\nstill the header\"\n");
		Files.writeString(dir.resolve("open-quote.csv"), "url,note\nacme.example,\"never closed\n");
		Files.writeString(dir.resolve("ragged.csv"), "url,name\nacme.example,Acme\nglobex.example,Globex,extra\n");
		Files.writeString(dir.resolve("ragged-after-quotes.csv"),
				"url,note\r\nacme.example,\"two\r\nlines, one row\"\r\n\r\nglobex.example\r\n");
		Files.writeString(dir.resolve("ragged-quoted-row.csv"), "url,note\nacme.example,x\n\"a\nb\",c,d\n");
		Files.writeString(dir.resolve("after-quote.csv"), "url,note\nacme.example,\"quoted\"tail\n");
		Files.writeString(dir.resolve("nul.csv"), "url,name\nacme.example,Ac\0me\n");
		Files.write(dir.resolve("latin1.csv"), "url,name\nacme.example,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		Files.write(dir.resolve("utf16.csv"), "\uFEFFurl\nacme.example\n".getBytes(StandardCharsets.UTF_16LE));
		Files.write(dir.resolve("image.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0 });
		Files.createDirectory(dir.resolve("folder.csv"));
		try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.csv").toFile(), "rw")) {
			big.setLength(50_000_001); // sparse: no disk blocks, never stored in the repository
		}
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@BeforeEach
	void resetSandbox() {
		sandbox.reset();
	}

	@AfterEach
	void noRequestWasSent() {
		assertThat(sandbox.requests()).isEmpty();
	}

	static Stream<Arguments> refusals() {
		String rows = "a CSV import needs a header row and at least one data row";
		String entities = "one of: company, person, article, research_paper, custom";
		String ragged = "every row needs as many fields as the header; quote a field that holds a comma (\"a, b\")";
		String notText = "save the file as CSV text in UTF-8";
		String emoji = "\uD83E\uDD8A";
		return Stream.of(
				Arguments.of("missing.csv --entity company", "no such file: DIR/missing.csv",
						"check the path; it is relative to " + System.getProperty("user.dir")),
				Arguments.of("folder.csv --entity company", "DIR/folder.csv is a directory, not a CSV file",
						"give the path of a .csv file"),
				Arguments.of("big.csv --entity company",
						"DIR/big.csv is 50,000,001 bytes; an import takes at most 50,000,000 bytes",
						"split it into files of at most 50 MB"),
				Arguments.of("empty.csv --entity company", "DIR/empty.csv is empty", rows),
				Arguments.of("blank.csv --entity company", "DIR/blank.csv is empty", rows),
				Arguments.of("header.csv --entity company", "DIR/header.csv has a header row but no data rows",
						"add at least one row under the header"),
				Arguments.of("quoted-header.csv --entity person", "DIR/quoted-header.csv has a header row but no data rows",
						"add at least one row under the header"),
				Arguments.of("open-quote.csv --entity company",
						"DIR/open-quote.csv is not valid CSV: the quoted field starting on line 2 is never closed",
						"close the quote, or double it (\"\") inside a quoted field"),
				Arguments.of("ragged.csv --entity company", "DIR/ragged.csv:3: 3 fields, the header has 2", ragged),
				Arguments.of("ragged-after-quotes.csv --entity company",
						"DIR/ragged-after-quotes.csv:5: 1 field, the header has 2", ragged),
				Arguments.of("ragged-quoted-row.csv --entity company",
						"DIR/ragged-quoted-row.csv:3: 3 fields, the header has 2", ragged),
				Arguments.of("after-quote.csv --entity company", "DIR/after-quote.csv:2: text after the closing quote of a field",
						"inside a quoted field write a quote as \"\", or quote the whole field"),
				Arguments.of("nul.csv --entity company", "DIR/nul.csv:2: a NUL byte at byte offset 24", notText),
				Arguments.of("latin1.csv --entity company", "DIR/latin1.csv:2: not UTF-8 text at byte offset 25", notText),
				Arguments.of("utf16.csv --entity company", "DIR/utf16.csv:1: not UTF-8 text at byte offset 0", notText),
				Arguments.of("image.csv --entity company", "DIR/image.csv:1: not UTF-8 text at byte offset 0", notText),
				Arguments.of("ok.csv", "create needs --entity", entities),
				Arguments.of("ok.csv --entity planet", "unknown entity type 'planet'", entities),
				Arguments.of("ok.csv --entity custom", "--entity custom needs a --description of 2 to 200 characters",
						"say what each row is, e.g. --description 'hospitals in Ohio'"),
				Arguments.of("ok.csv --entity custom --description x",
						"--entity custom needs a --description of 2 to 200 characters, got 1",
						"say what each row is, e.g. --description 'hospitals in Ohio'"),
				Arguments.of("ok.csv --entity custom --description " + "d".repeat(201),
						"--entity custom needs a --description of 2 to 200 characters, got 201",
						"say what each row is, e.g. --description 'hospitals in Ohio'"),
				Arguments.of("ok.csv --entity custom --description ' a '",
						"--entity custom needs a --description of 2 to 200 characters, got 1 (blanks at either end do not count)",
						"say what each row is, e.g. --description 'hospitals in Ohio'"),
				Arguments.of("ok.csv --entity custom --description " + emoji.repeat(201),
						"--entity custom needs a --description of 2 to 200 characters, got 201",
						"say what each row is, e.g. --description 'hospitals in Ohio'"),
				Arguments.of("ok.csv --entity company --metadata " + emoji + "=" + emoji.repeat(1001),
						"the metadata value for '" + emoji + "' is 1001 characters; at most 1000 are allowed", "shorten it"),
				Arguments.of("ok.csv --entity company --description labs", "--description is only for --entity custom",
						"drop it, or use --entity custom"),
				Arguments.of("ok.csv --entity company --metadata " + "k=" + "v".repeat(1001),
						"the metadata value for 'k' is 1001 characters; at most 1000 are allowed", "shorten it"),
				Arguments.of("ok.csv --entity company --metadata novalue", "--metadata needs KEY=VALUE, got 'novalue'",
						"for example --metadata source=crm --metadata owner=ana"),
				Arguments.of("ok.csv --entity company --metadata =v", "--metadata needs KEY=VALUE, got '=v'",
						"for example --metadata source=crm --metadata owner=ana"),
				Arguments.of("ok.csv --entity company --metadata a=1 --metadata a=2", "metadata key 'a' is given twice",
						"give each key once"),
				Arguments.of("ok.csv --entity company --identifier 2",
						"--identifier 2 is not a column of ok.csv: its header has 2 columns (0-1)", "count columns from 0"),
				Arguments.of("ok.csv --entity company --identifier -1", "--identifier must be 0 or more, got -1",
						"count columns from 0"),
				Arguments.of("ok.csv --entity company --timeout 5m", "--timeout only applies with --wait",
						"add --wait, or drop --timeout"),
				Arguments.of("ok.csv --entity company -o xml", "unknown output format 'xml'",
						"use one of: table, tsv, json, jsonl, csv"));
	}

	@ParameterizedTest(name = "create {0}")
	@MethodSource("refusals")
	void refusedBeforeAnyRequest(String args, String error, String hint) {
		String line = "create " + dir + "/" + args;

		Result result = TestShell.piped(sandbox).run(line);

		String expected = "error: " + error.replace("DIR", dir.toString()) + "\nhint: " + hint + "\n";
		assertThat(result).isEqualTo(new Result(2, "", expected));
	}

	@Test
	void randomBytesAreRefusedWithTheirByteOffset() throws IOException {
		byte[] noise = new byte[4096];
		new Random(9).nextBytes(noise);
		Path file = Files.write(dir.resolve("noise.bin"), noise);

		Result result = TestShell.piped(sandbox).run("create " + file + " --entity company");

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).matches("error: " + Pattern.quote(file.toString())
				+ ":\\d+: (a NUL byte|not UTF-8 text) at byte offset \\d+\nhint: save the file as CSV text in UTF-8\n");
	}

	@Test
	void theLocalChecksComeBeforeTheKeyCheck() {
		Result result = TestShell.withKey(sandbox, null).run("create " + dir + "/empty.csv --entity company");

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).startsWith("error: " + dir + "/empty.csv is empty");
	}
}
