package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The script command runs a .exa file inside the session, line by line, as if typed. */
class ScriptCommandTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@TempDir
	Path dir;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void aScriptPrintsWhatItsLinesWouldAndTheSessionCarriesOn() throws IOException {
		Path script = write("browse.exa", """
				#!/usr/bin/env exa-shell
				# the first two pages, then a row of the second

				list --limit 2
				next   # trailing comment
				show 2
				""");
		TestShell typed = TestShell.piped(sandbox);
		String expected = typed.run("list --limit 2").out() + typed.run("next").out() + typed.run("show 2").out();
		TestShell shell = TestShell.piped(sandbox);

		assertThat(shell.run("script " + script)).isEqualTo(new Result(0, expected, ""));
		assertThat(shell.run("status").out()).contains("page         2 · 2 imports · limit 2\n");
		assertThat(shell.run("prev").outLines()).hasSize(2);
	}

	@Test
	void theFirstFailingLineStopsTheScriptWithItsLocationAndCode() throws IOException {
		Path script = write("bad.exa", """
				list --limit 1
				show 'unterminated
				list --limit 3
				""");

		Result result = TestShell.piped(sandbox).run("script " + script);

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.outLines()).hasSize(1);
		assertThat(result.err()).isEqualTo(script + ":2: unterminated single quote\n"
				+ "hint: close the quote, or escape it with a backslash\n");
	}

	@Test
	void continueOnErrorRunsEveryLineAndReturnsTheFirstFailure() throws IOException {
		Path script = write("checks.exa", """
				show imp_missing
				list --limit 0
				list --limit 1
				""");

		Result result = TestShell.piped(sandbox).run("script --continue-on-error --echo " + script);

		assertThat(result.code()).isEqualTo(3);
		assertThat(result.outLines()).hasSize(1);
		assertThat(result.err()).isEqualTo("+ show imp_missing\n" //
				+ script + ":1: not found: HTTP 404: Import not found: imp_missing\n" //
				+ "hint: list shows the ids that exist\n" //
				+ "+ list --limit 0\n" //
				+ script + ":2: --limit must be between 1 and 200, got 0\n" //
				+ "hint: the API returns 1 to 200 imports a page (default 25)\n" //
				+ "+ list --limit 1\n");
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text);
	}
}
