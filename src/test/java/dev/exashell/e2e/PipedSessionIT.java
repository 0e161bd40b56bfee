package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Version;
import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.session.ApiKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built program with its commands piped in (stdin not a terminal, as in a CI job): what the
 * commands print goes to stdout, their errors and hints to stderr, as in one-shot and script mode.
 */
class PipedSessionIT {

	/** The embedded sandbox's port changes with every run; it is the one part of stdout not fixed. */
	private static final String PORT = "127\\.0\\.0\\.1:\\d+/";

	@Test
	void aFailingCommandPipedInIsReportedOnStderr() throws Exception {
		Run run = ExaShellJar.inBash("printf 'show nope\\n' | \"$@\"", Map.of(), null, "--sandbox");

		assertThat(new Run(run.code(), run.out().replaceFirst(PORT, "127.0.0.1:PORT/"), run.err())).isEqualTo(new Run(0,
				"exa-shell " + Version.current() + " · http://127.0.0.1:PORT/websets (sandbox) · " + ApiKey.SANDBOX_NOTE
						+ " · type help\nexa> exa> ",
				"error: not found: HTTP 404: Import not found: nope\nhint: list shows the ids that exist\n"));
	}
}
