package dev.exashell.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.RecordingCommand;
import dev.exashell.testing.CapturedIo;
import dev.exashell.cli.UsageException;
import dev.exashell.session.Session;
import dev.exashell.session.SessionFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRunnerTests {

	private final CapturedIo io = CapturedIo.piped();
	private final Session session = new Session(java.net.URI.create("http://127.0.0.1:1/websets"), true, null);
	private final ScriptRunner runner = new ScriptRunner(io, session);

	{
		runner.attach(new CommandDispatcher(new CommandCatalog(List.of(new RecordingCommand("echo", io),
				SessionFixtures.exit(session))), new ErrorReporter(false), io));
	}

	private int run(String text, boolean continueOnError, boolean echo) {
		return runner.run(new ScriptSource("t.exa", text.lines().toList()), new ScriptRunner.Settings(continueOnError, echo));
	}

	@Test
	void skipsShebangCommentsAndBlankLines() {
		assertThat(run("#!/usr/bin/env exa-shell\n\n# a comment\necho one # trailing\n   \necho two\n", false, false)).isZero();
		assertThat(io.out()).isEqualTo("echo one\necho two\n");
	}

	@Test
	void stopsAtTheFirstFailureWithItsLineAndCode() {
		assertThat(run("echo one\necho 'two\necho three\n", false, false)).isEqualTo(2);
		assertThat(io.out()).isEqualTo("echo one\n");
		assertThat(io.err()).isEqualTo("t.exa:2: unterminated single quote\nhint: close the quote, or escape it with a backslash\n");
	}

	@Test
	void continueOnErrorRunsOnAndReturnsTheFirstFailure() {
		assertThat(run("echo a --fail 3\necho b --fail 4\necho c\n", true, false)).isEqualTo(3);
		assertThat(io.out()).isEqualTo("echo a\necho b\necho c\n");
	}

	@Test
	void echoPrintsEachCommandFirst() {
		run("echo a\n# skipped\necho b\n", false, true);
		assertThat(io.err()).isEqualTo("+ echo a\n+ echo b\n");
	}

	@Test
	void exitStopsTheScript() {
		assertThat(run("echo a\nexit\necho b\n", false, false)).isZero();
		assertThat(io.out()).isEqualTo("echo a\n");
	}

	@Test
	void opensFilesAndStandardInput(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("s.exa");
		Files.writeString(file, "echo x\n");
		assertThat(ScriptSource.open(file.toString(), null).lines()).containsExactly("echo x");
		ScriptSource stdin = ScriptSource.open("-", new ByteArrayInputStream("echo y\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(stdin.name()).isEqualTo("<stdin>");
		assertThat(stdin.lines()).containsExactly("echo y");
	}

	@Test
	void refusesMissingDirectoriesAndNonUtf8(@TempDir Path dir) throws Exception {
		assertThatThrownBy(() -> ScriptSource.open(dir.resolve("nope.exa").toString(), null))
			.isInstanceOf(UsageException.class).hasMessage("script not found: " + dir.resolve("nope.exa"));
		assertThatThrownBy(() -> ScriptSource.open(dir.toString(), null))
			.isInstanceOf(UsageException.class).hasMessage("script " + dir + " is a directory");
		Path binary = dir.resolve("b.exa");
		Files.write(binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0x41 });
		assertThatThrownBy(() -> ScriptSource.open(binary.toString(), null))
			.isInstanceOf(UsageException.class).hasMessage("script " + binary + " is not UTF-8 text");
	}
}
