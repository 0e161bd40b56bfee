package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.Expected;
import dev.exashell.shell.TestShell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built program when its output cannot be written: to a full device ({@code /dev/full}), to a
 * closed stdout, into a pipe whose reader has gone. Either one {@code error:} line and exit 1, or,
 * for a closed pipe, silence and exit 141 as {@code yes | head} gives, and no more requests.
 */
class OutputFailureIT {

	private static final String FULL = "error: cannot write output: No space left on device\n";

	/** A piped-in session's banner, on stderr (its sandbox port changes with every run). */
	private static final String BANNER = "exa-shell [^\n]* · type help\n";

	@Test
	void listAllToAFullDeviceSaysSoAndExits1() throws Exception {
		assertThat(ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), null, "--sandbox", "-o", "jsonl", "list", "--all"))
			.isEqualTo(new Run(1, "", FULL));
	}

	@Test
	void showToAFullDeviceSaysSoAndExits1() throws Exception {
		String id;
		try (SandboxServer reference = TestShell.startSandbox()) {
			id = Expected.allImports(TestShell.direct(reference)).get(299).id();
		}

		assertThat(ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), null, "--sandbox", "show", id))
			.isEqualTo(new Run(1, "", FULL));
	}

	@Test
	void versionAndHelpToAFullDeviceSaySoBeforeTheShellStarts() throws Exception {
		assertThat(ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), null, "--version")).isEqualTo(new Run(1, "", FULL));
		assertThat(ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), null, "--help")).isEqualTo(new Run(1, "", FULL));
	}

	@Test
	void aClosedStdoutSaysSoAndExits1() throws Exception {
		assertThat(ExaShellJar.inBash("\"$@\" >&-", Map.of(), null, "--sandbox", "list", "--limit", "3"))
			.isEqualTo(new Run(1, "", "error: cannot write output: Bad file descriptor\n"));
	}

	@Test
	void aScriptStopsAtTheLineWhoseOutputFailed() throws Exception {
		assertThat(ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), "list --limit 3\nshow nope\n", "--sandbox",
				"--file", "-"))
			.isEqualTo(new Run(1, "", "<stdin>:1: cannot write output: No space left on device\n"));
	}

	/** Commands piped in (a CI job): as in a script, the first line whose output fails ends the session, with its code. */
	@Test
	void aSessionFedFromAPipeStopsAtTheFirstLineWhoseOutputFailed() throws Exception {
		Run run = ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), "list --limit 3\nshow nope\n", "--sandbox");

		assertThat(new Run(run.code(), run.out(), run.err().replaceFirst(BANNER, "banner\n")))
			.isEqualTo(new Run(1, "", "banner\n" + FULL));
	}

	/**
	 * {@code … | exa-shell | head -1}: {@code head} takes the first walk's first line and goes; the
	 * walk (over 100 KB, more than a pipe holds) finds the pipe closed: only the banner on stderr,
	 * exit 141, and the walks and the failing {@code show} after it never run.
	 */
	@Test
	void aSessionFedFromAPipeWhoseReaderWentAwayExits141() throws Exception {
		String lines = "list --all -o jsonl\n".repeat(3) + "show nope\n";

		Run run = ExaShellJar.inBash("set -o pipefail; \"$@\" | head -1", Map.of(), lines, "--sandbox");

		assertThat(run.code()).isEqualTo(141);
		assertThat(run.err()).matches(BANNER);
		assertThat(run.out()).startsWith("{\"id\":\"imp_").hasLineCount(1);
	}

	/**
	 * A person at a terminal whose stdout is a full device sees each failure on stderr and types on;
	 * the session ends as they say, with 0.
	 */
	@Test
	void aSessionAtATerminalReportsTheFailureAndGoesOn() throws Exception {
		List<String> command = new ArrayList<>(List.of("bash", "-c", "\"$@\" > /dev/full", "bash"));
		command.addAll(ExaShellJar.command("--sandbox"));
		try (Tmux tmux = Tmux.start(120, 30, command)) {
			tmux.type("list --limit 3");
			tmux.awaitScreen("the first failure", screen -> screen.contains(FULL));
			tmux.type("show nope");
			tmux.awaitScreen("the second failure", screen -> screen.contains("hint: list shows the ids that exist"));
			tmux.type("exit");

			assertThat(tmux.awaitExitStatus()).isZero();
			assertThat(tmux.screen()).startsWith("list --limit 3\n" + FULL + "show nope\n"
					+ "error: not found: HTTP 404: Import not found: nope\nhint: list shows the ids that exist\nexit\n"
					+ "[exit status 0]\n");
		}
	}

	/**
	 * {@code list --all | head -1} over 15 pages of 200, each answered after 200 ms: once
	 * {@code head} has gone (marked by a request the reading side of the pipe makes after it), at
	 * most the page already asked for is fetched; nothing is printed and the exit code is 141.
	 */
	@Test
	void aClosedPipeStopsTheWalkWithin1PageAndExits141() throws Exception {
		try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withImports(3000)
			.withFaults("latency:200ms"))) {
			String script = """
					set -o pipefail
					"$@" | { head -1; exec 3<>/dev/tcp/127.0.0.1/$SANDBOX_PORT \
					  && printf 'GET /_sandbox/faults HTTP/1.0\\r\\n\\r\\n' >&3 && cat <&3 > /dev/null; }
					echo "${PIPESTATUS[0]}"
					""";
			Map<String, String> env = Map.of("EXA_API_KEY", "sandbox", "SANDBOX_PORT", String.valueOf(sandbox.port()));

			Run run = ExaShellJar.inBash(script, env, null, "--base-url", sandbox.baseUrl().toString(), "-o", "jsonl",
					"list", "--all");

			assertThat(run.err()).isEmpty();
			assertThat(run.out().lines().toList()).hasSize(2).last().isEqualTo("141");
			assertThat(run.out()).startsWith("{\"id\":\"imp_");
			List<RecordedRequest> requests = sandbox.requests();
			int marker = requests.stream().map(RecordedRequest::path).toList().indexOf("/_sandbox/faults");
			assertThat(marker).as("the reader's marker request").isNotNegative();
			assertThat(requests.subList(marker, requests.size()).stream()
				.filter(r -> r.path().equals("/websets/v0/imports"))).hasSizeLessThanOrEqualTo(1);
			assertThat(requests).filteredOn(r -> r.path().equals("/websets/v0/imports")).hasSizeLessThan(15);
		}
	}
}
