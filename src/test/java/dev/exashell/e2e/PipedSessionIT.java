package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Version;
import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.session.ApiKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built program with its commands piped in (stdin not a terminal, as in a CI job): what the
 * commands print goes to stdout, their errors and hints to stderr, as in one-shot and script mode;
 * the banner goes to stderr too and no prompt is printed.
 */
class PipedSessionIT {

	/** The embedded sandbox's port changes with every run; it is the one part of the banner not fixed. */
	private static final String PORT = "127\\.0\\.0\\.1:\\d+/";

	/** stdout stays empty: the banner, like the report, goes to stderr, and no prompt is printed. */
	@Test
	void aFailingCommandPipedInIsReportedOnStderr() throws Exception {
		Run run = ExaShellJar.inBash("printf 'show nope\\n' | \"$@\"", Map.of(), null, "--sandbox");

		assertThat(new Run(run.code(), run.out(), run.err().replaceFirst(PORT, "127.0.0.1:PORT/"))).isEqualTo(new Run(0, "",
				"exa-shell " + Version.current() + " · http://127.0.0.1:PORT/websets (sandbox) · " + ApiKey.SANDBOX_NOTE
						+ " · type help\nerror: not found: HTTP 404: Import not found: nope\n"
						+ "hint: list shows the ids that exist\n"));
	}

	/**
	 * Piped in and piped out, a session's output is what one-shot mode prints to a pipe: TSV, not
	 * the terminal's coloured table (the JLine terminal of a piped session is a dumb one on stdout).
	 */
	@Test
	void aSessionPipedInAndOutPrintsWhatOneShotModePrintsToAPipe() throws Exception {
		Map<String, String> env = Map.of("EXA_SANDBOX_CLOCK", "2026-11-30T12:00:00Z");

		Run session = ExaShellJar.inBash("printf 'list --limit 3\\n' | \"$@\" | cat", env, null, "--sandbox");
		Run oneShot = ExaShellJar.inBash("\"$@\" | cat", env, null, "--sandbox", "list", "--limit", "3");

		assertThat(oneShot.code()).isZero();
		assertThat(oneShot.out().lines()).hasSize(3).allMatch(line -> line.startsWith("imp_") && line.contains("\t"));
		assertThat(session.code()).isZero();
		assertThat(session.out()).isEqualTo(oneShot.out());
	}
}
