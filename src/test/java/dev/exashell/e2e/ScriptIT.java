package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.SharedSandbox;
import dev.exashell.shell.TestShell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar running {@code .exa} scripts. Their output is compared byte for byte with what
 * the in-process shell prints for the same lines, so the program talks to a fixed-clock sandbox
 * in this JVM ({@code --base-url} and {@code EXA_API_KEY}) rather than its embedded one, whose
 * newest imports change status while it runs.
 */
class ScriptIT {

	private static final String BROWSE = """
			#!/usr/bin/env exa-shell
			# the first two pages of two, then the second row of the second page

			list --limit 2
			   next
			show 2   # a row of the current page
			""";

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
	void aScriptFileRunsEveryCommandInOneSessionAndExitsWith0() throws Exception {
		Files.writeString(dir.resolve("browse.exa"), BROWSE);
		String expected = typed("list --limit 2", "next", "show 2");

		assertThat(runJar(null, "browse.exa")).isEqualTo(new Run(0, expected, ""));
	}

	@Test
	void aFailingLineStopsTheScriptWithItsLocationAndExitCode() throws Exception {
		Files.writeString(dir.resolve("broken.exa"), "list --limit 1\n\nshow 'imp_\nlist --limit 2\n");

		assertThat(runJar(null, "./broken.exa")).isEqualTo(new Run(2, typed("list --limit 1"),
				"./broken.exa:3: unterminated single quote\nhint: close the quote, or escape it with a backslash\n"));
	}

	@Test
	void continueOnErrorWithEchoRunsEveryLineAndExitsWithTheFirstFailure() throws Exception {
		Files.writeString(dir.resolve("checks.exa"), "show imp_gone\nlist --limit 0\nlist --limit 1\n");

		Run run = runJar(null, "--continue-on-error", "--echo", "--file", "checks.exa");

		assertThat(run).isEqualTo(new Run(3, typed("list --limit 1"), """
				+ show imp_gone
				checks.exa:1: not found: HTTP 404: Import not found: imp_gone
				hint: list shows the ids that exist
				+ list --limit 0
				checks.exa:2: --limit must be between 1 and 200, got 0
				hint: the API returns 1 to 200 imports a page (default 25)
				+ list --limit 1
				"""));
	}

	@Test
	void fileDashReadsTheScriptFromStandardInput() throws Exception {
		TestShell.Result typed = typedWithErrors("filter --status failed --limit 2", "next", "show 1", "filter");

		Run run = runJar("filter --status failed --limit 2\nnext\nshow 1\nfilter\n", "--file", "-");

		assertThat(run).isEqualTo(new Run(0, typed.out(), typed.err()));
		assertThat(run.err()).startsWith("scanned 1 page · ");
	}

	/** What the in-process shell prints to stdout for these lines typed one after another (piped). */
	private static String typed(String... lines) {
		return typedWithErrors(lines).out();
	}

	/** Stdout and stderr of the in-process shell for these lines, each of which must succeed. */
	private static TestShell.Result typedWithErrors(String... lines) {
		TestShell shell = TestShell.piped(sandbox);
		StringBuilder out = new StringBuilder();
		StringBuilder err = new StringBuilder();
		for (String line : lines) {
			TestShell.Result result = shell.run(line);
			assertThat(result.code()).as(line).isZero();
			out.append(result.out());
			err.append(result.err());
		}
		sandbox.reset();
		return new TestShell.Result(0, out.toString(), err.toString());
	}

	private Run runJar(String stdin, String... args) throws Exception {
		Map<String, String> env = Map.of("EXA_API_KEY", "sandbox", "EXA_BASE_URL", sandbox.baseUrl().toString());
		return ExaShellJar.run(env, stdin, dir, args);
	}
}
