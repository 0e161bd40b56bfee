package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.Expected;
import dev.exashell.shell.TestShell;
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

	/** The dumb terminal of a piped session writes to stdout: its errors go to stderr instead, and it goes on. */
	@Test
	void theInteractiveSessionReportsTheFailureAndGoesOn() throws Exception {
		assertThat(ExaShellJar.inBash("\"$@\" > /dev/full", Map.of(), "list --limit 3\nshow nope\n", "--sandbox"))
			.isEqualTo(new Run(0, "", FULL + "error: not found: HTTP 404: Import not found: nope\n"
					+ "hint: list shows the ids that exist\n"));
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
