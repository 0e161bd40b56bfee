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
}
