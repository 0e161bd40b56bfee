package dev.exashell.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Io;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.testing.CapturedIo;
import dev.exashell.testing.TestTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalChecksTests {

	private static RuntimeReport report(String runtime, String cache, boolean sharing) {
		return new RuntimeReport("1.2.3", "abc1234", "17.0.15", "/usr/lib/jvm/java-17", runtime, cache, sharing);
	}

	private static Io io(boolean tty, int width, boolean color) {
		return new CapturedIo(tty, width, color, TestTime.CLOCK).io();
	}

	@Test
	void theRuntimeLineSaysWhichJavaRuns() {
		assertThat(LocalChecks.runtime(report("system", "", false))).isEqualTo(Check.pass("runtime",
				"exa-shell 1.2.3 · Java 17.0.15 · system Java · /usr/lib/jvm/java-17"));
	}

	@Test
	void aCacheTheJvmCouldNotMapIsAFailureWithWhereToRemoveIt() {
		assertThat(LocalChecks.cache(report("system", "/home/u/.cache/exa-shell/launch/17/exa-shell.jsa", false)))
			.isEqualTo(Check.fail("start-up cache",
					"not in use: /home/u/.cache/exa-shell/launch/17/exa-shell.jsa was made for another Java or jar",
					"rm -r /home/u/.cache/exa-shell/launch/17 (the launcher makes a new one on the next run;"
							+ " a release archive: reinstall it)"));
	}

	@Test
	void noCacheAskedForIsNotAFailure() {
		assertThat(LocalChecks.cache(report("system", "", false))).isEqualTo(Check.pass("start-up cache",
				"none asked for (started without the launcher, or EXA_SHELL_CACHE=off)"));
	}

	@Test
	void aNarrowTerminalIsAFailureAndAWideOneIsNot() {
		assertThat(LocalChecks.terminal(io(true, 59, true))).isEqualTo(Check.fail("terminal",
				"stdout is a terminal · 59 columns · colour on",
				"widen the window to at least 80 columns (narrower tables drop columns)"));
		assertThat(LocalChecks.terminal(io(true, 60, false)))
			.isEqualTo(Check.pass("terminal", "stdout is a terminal · 60 columns · colour off"));
	}

	@Test
	void checksPrintOneLineEachAndTheFixUnderAFailureInColourWhenAsked() {
		StringWriter out = new StringWriter();
		List<Check> checks = List.of(Check.pass("a", "fine"), Check.fail("b", "broken", "mend it"));

		CheckLines.print(checks, new PrintWriter(out, true), true);

		assertThat(out).hasToString("\u001b[32m✓\u001b[0m a · fine\n\u001b[31m✗\u001b[0m b · broken\n  → mend it\n");
	}
}
