package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.Version;
import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.Expected;
import dev.exashell.shell.TestShell;
import dev.exashell.testing.TestTime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built jar, one command per run, mostly with {@code --sandbox}. With {@code EXA_SANDBOX_CLOCK}
 * at {@link TestTime#NOW} the embedded sandbox seeds and ages its data at that instant, as the
 * in-process shell's sandbox does, so the expected output is exactly what the in-process shell
 * prints for the same command.
 */
class CommandLineIT {

	/** The embedded sandbox's clock stands still at the in-process shell's now. */
	private static final Map<String, String> FROZEN = Map.of("EXA_SANDBOX_CLOCK", TestTime.NOW.toString());

	@Test
	void sandboxListPipedPrintsTsvLinesAsTheSandboxHadThem() throws Exception {
		Run run = ExaShellJar.run(FROZEN, null, Path.of("").toAbsolutePath(), "--sandbox", "list", "--limit", "3");

		assertThat(run).isEqualTo(new Run(0, output(OutputFormat.AUTO, "list --limit 3"), ""));
	}

	@Test
	void sandboxShowAsJsonPrintsTheApisObject() throws Exception {
		Import settled = referenceImports().stream().filter(i -> i.status().value().equals("failed")).findFirst()
			.orElseThrow();

		Run run = ExaShellJar.run(FROZEN, null, Path.of("").toAbsolutePath(), "--sandbox", "-o", "json", "show",
				settled.id());

		assertThat(run).isEqualTo(new Run(0, output(OutputFormat.JSON, "show " + settled.id()), ""));
	}

	@Test
	void aMistypedCommandSuggestsTheNearestAndExitsWith2() throws Exception {
		assertThat(ExaShellJar.run("--sandbox", "lsit")).isEqualTo(new Run(2, "",
				"error: unknown command 'lsit'\nhint: did you mean 'list'? type help for all commands\n"));
	}

	@Test
	void anUnknownIdExitsWith3() throws Exception {
		assertThat(ExaShellJar.run("--sandbox", "show", "nope")).isEqualTo(new Run(3, "",
				"error: not found: HTTP 404: Import not found: nope\nhint: list shows the ids that exist\n"));
	}

	@Test
	void withoutAKeyOrTheSandboxListExitsWith4() throws Exception {
		assertThat(ExaShellJar.run("list")).isEqualTo(new Run(4, "",
				"error: no API key is set\nhint: export EXA_API_KEY=<your key>, run login, or start with --sandbox\n"));
	}

	@Test
	void versionHelpAndABadGlobalOptionAnswerBeforeStartingTheShell() throws Exception {
		Run version = ExaShellJar.run("--version");
		String javaHome = Path.of(ExaShellJar.java()).toRealPath().getParent().getParent().toString();
		assertThat(version.code()).isZero();
		assertThat(version.err()).isEmpty();
		assertThat(version.out()).matches("exa-shell " + Pattern.quote(Version.current()) + " \\(commit [0-9a-f]{7,}\\)\n"
				+ "Java " + Pattern.quote(System.getProperty("java.version")) + " · system Java · " + Pattern.quote(javaHome) + "\n"
				+ "start-up cache: in use · " + Pattern.quote(ExaShellJar.JAR.getParent().toString()) + "/launch/\\d+/exa-shell\\.(aot|jsa)\n");

		Run help = ExaShellJar.run("--help");
		assertThat(help.code()).isZero();
		assertThat(help.err()).isEmpty();
		assertThat(help.out()).startsWith("exa-shell: an interactive shell for the Exa Websets Imports API\n\nusage:\n")
			.contains("  --sandbox ", "  --base-url URL ", "  -o, --output FORMAT ", "  --file FILE ",
					"  --continue-on-error ", "  --echo ", "exit codes: 0 ok · 1 API or network error · 2 usage error")
			.endsWith("type 'help' in the shell (or exa-shell help) for the commands.\n");

		assertThat(ExaShellJar.run("--bogus")).isEqualTo(new Run(2, "",
				"error: unknown global option '--bogus'\nhint: global options go before the command; see exa-shell --help\n"));
	}

	/** What the in-process shell prints, piped, for {@code line} to a sandbox at {@link TestTime#NOW}. */
	private static String output(OutputFormat format, String line) {
		try (SandboxServer sandbox = TestShell.startSandbox()) {
			TestShell.Result result = TestShell.of(sandbox, format, false).run(line);
			assertThat(result.code()).isZero();
			return result.out();
		}
	}

	private static List<Import> referenceImports() {
		try (SandboxServer reference = TestShell.startSandbox()) {
			return Expected.allImports(TestShell.direct(reference));
		}
	}

	@Test
	void explicitTableAndColourWinOverThePipe() throws Exception {
		Run run = ExaShellJar.run("--sandbox", "-o", "table", "--color", "always", "list", "--limit", "3");

		assertThat(run.code()).isZero();
		assertThat(run.out().lines().toList()).hasSize(4);
		assertThat(run.out().lines().findFirst().orElseThrow()).contains("ID").contains("STATUS");
		assertThat(run.out()).contains("\u001b[");
	}
}
