package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that takes the request and never answers (the sandbox's {@code hang}), and one whose
 * answers come cut off ({@code malformed}): retried, then one plain error line, a hint and exit 1.
 * Retry waits take no time here, but their lengths count in the time spent (200 ms × 3 + 0.5 s + 1 s).
 */
class NoAnswerTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void aServerThatNeverAnswersEndsInOneLineGivingTheTimeSpentOverEveryAttempt() {
		sandbox.setFaults("hang:1");
		TestShell shell = TestShell.launched(sandbox, false, "--request-timeout", "200ms");

		Result result = shell.run("list --limit 5");

		assertThat(result).isEqualTo(new Result(1, "", "error: request to 127.0.0.1:" + sandbox.port()
				+ " got no answer in 2.1s over 3 attempts\n"
				+ "hint: each attempt waits 200ms for an answer; change it with --request-timeout or EXA_REQUEST_TIMEOUT\n"));
		assertThat(sandbox.requests()).hasSize(3).allSatisfy(r -> assertThat(r.query()).isEqualTo("limit=5"));
	}

	@Test
	void onATerminalAShortWaitDrawsNoLineAndTheSessionGoesOn() {
		sandbox.setFaults("script:hang,hang,hang");
		TestShell shell = TestShell.launched(sandbox, true, "--request-timeout=300ms");

		Result failed = shell.run("show imp_x");

		assertThat(failed).isEqualTo(new Result(1, "", "error: request to 127.0.0.1:" + sandbox.port()
				+ " got no answer in 2.4s over 3 attempts\n"
				+ "hint: each attempt waits 300ms for an answer; change it with --request-timeout or EXA_REQUEST_TIMEOUT\n"));
		assertThat(shell.run("list --limit 1").code()).isZero();
	}

	@Test
	void anAnswerCutOffTwiceIsRetriedAndNothingShows() {
		sandbox.setFaults("script:malformed,malformed");
		TestShell shell = TestShell.piped(sandbox);

		Result result = shell.run("list --limit 2");

		assertThat(result.code()).isZero();
		assertThat(result.outLines()).hasSize(2);
		assertThat(result.err()).isEmpty();
		assertThat(sandbox.requests()).hasSize(3);
	}

	@Test
	void anAnswerCutOffEveryTimeIsOnePlainLineAndAHint() {
		sandbox.setFaults("malformed:1");
		TestShell shell = TestShell.piped(sandbox);

		Result result = shell.run("list --limit 5");

		List<RecordedRequest> requests = sandbox.requests();
		assertThat(requests).hasSize(3);
		assertThat(result).isEqualTo(new Result(1, "", "error: the API's answer was cut off or not JSON (HTTP 200, "
				+ "3 attempts) [request " + requests.get(2).requestId() + "]\n"
				+ "hint: the answer may have been cut off on the way; try again in a moment\n"));
	}
}
