package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.Version;
import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.Expected;
import dev.exashell.shell.TestShell;
import dev.exashell.testing.FakeClock;
import dev.exashell.testing.TestTime;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built jar, one command per run, mostly with {@code --sandbox}. The embedded sandbox seeds
 * its data against the wall clock when it starts, so the expected output is what the in-process
 * shell prints against a sandbox seeded at that same instant (read back from a printed
 * {@code createdAt}). The newest imports change status within seconds of seeding, so for them
 * any status they had between seeding and the end of the run is accepted.
 */
class CommandLineIT {

	@Test
	void sandboxListPipedPrintsTsvLinesAsTheSandboxHadThem() throws Exception {
		Run run = ExaShellJar.run("--sandbox", "list", "--limit", "3");
		Instant finished = Instant.now();

		List<String> lines = run.out().lines().toList();
		assertThat(run.code()).isZero();
		assertThat(run.err()).isEmpty();
		assertThat(lines).hasSize(3);
		String[] first = lines.get(0).split("\t");
		Instant seeded = seededAt(first[0], Instant.parse(first[6]));
		List<Set<String>> possible = linesDuring(seeded, finished, "list --limit 3");
		for (int i = 0; i < 3; i++) {
			assertThat(lines.get(i)).isIn(possible.get(i));
		}
	}

	@Test
	void sandboxShowAsJsonPrintsTheApisObject() throws Exception {
		Import settled = referenceImports().stream()
			.filter(i -> i.status().value().equals("failed") && i.createdAt().isBefore(TestTime.NOW.minusSeconds(7200)))
			.findFirst().orElseThrow();

		Run run = ExaShellJar.run("--sandbox", "-o", "json", "show", settled.id());

		String createdAt = JsonMapper.builder().build().readTree(run.out()).get("createdAt").asString();
		Instant seeded = seededAt(settled.id(), Instant.parse(createdAt));
		assertThat(run).isEqualTo(new Run(0, outputAt(seeded, OutputFormat.JSON, "show " + settled.id()), ""));
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

	/**
	 * When the program's sandbox seeded its data: seeded creation times lie a fixed, seed-given
	 * span before the seeding instant, which a reference sandbox (same seed) reveals.
	 */
	private static Instant seededAt(String id, Instant printedCreatedAt) {
		try (SandboxServer reference = TestShell.startSandbox()) {
			Instant referenceCreatedAt = TestShell.direct(reference).get(id).createdAt();
			return printedCreatedAt.plus(Duration.between(referenceCreatedAt, TestTime.NOW));
		}
	}

	/** What the in-process shell prints, piped, for {@code line} to a sandbox seeded at {@code seeded}. */
	private static String outputAt(Instant seeded, OutputFormat format, String line) {
		try (SandboxServer sandbox = TestShell.startSandbox(Clock.fixed(seeded, ZoneOffset.UTC))) {
			TestShell.Result result = TestShell.of(sandbox, format, false).run(line);
			assertThat(result.code()).isZero();
			return result.out();
		}
	}

	/**
	 * Every form each output line of {@code line} takes, piped, while a sandbox seeded at
	 * {@code seeded} ages until {@code until}, looked at every 100 ms: a status lasts seconds.
	 */
	private static List<Set<String>> linesDuring(Instant seeded, Instant until, String line) {
		FakeClock clock = new FakeClock(seeded);
		List<Set<String>> forms = new ArrayList<>();
		try (SandboxServer sandbox = TestShell.startSandbox(clock)) {
			TestShell shell = TestShell.piped(sandbox);
			for (Instant at = seeded; !at.isAfter(until.plusMillis(100)); at = at.plusMillis(100)) {
				clock.set(at);
				List<String> lines = shell.run(line).outLines();
				for (int i = 0; i < lines.size(); i++) {
					if (forms.size() == i) {
						forms.add(new LinkedHashSet<>());
					}
					forms.get(i).add(lines.get(i));
				}
			}
		}
		return forms;
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
