package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built program against a sandbox (in this JVM) that takes every request and never answers:
 * {@code --request-timeout} bounds the silence, a terminal shows how long it has waited, and a bad
 * timeout is refused before any request.
 */
class NoAnswerIT {

	private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withFaults("hang:1"));

	private Tmux tmux;

	@AfterEach
	void stop() throws Exception {
		if (tmux != null) {
			tmux.close();
		}
		sandbox.close();
	}

	@Test
	void aServerThatNeverAnswersEndsAfterThreeShortAttemptsWithTheTimeSpent() throws Exception {
		Run run = run("--base-url", sandbox.baseUrl().toString(), "--request-timeout", "300ms", "list", "--limit", "3");

		// 3 × 300 ms plus two waits of 0.5 s and 1 s, each shortened by up to 25 % jitter: 2.0 to 2.4 s
		assertThat(run.code()).isEqualTo(1);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).matches(Pattern.quote("error: request to 127.0.0.1:" + sandbox.port() + " got no answer in ")
				+ "2(\\.[1-4])?s over 3 attempts\n" + Pattern.quote("hint: each attempt waits 300ms for an answer; "
						+ "change it with --request-timeout or EXA_REQUEST_TIMEOUT") + "\n");
		assertThat(sandbox.requests()).hasSize(3).allSatisfy(r -> assertThat(r.query()).isEqualTo("limit=3"));
	}

	@Test
	void aBadTimeoutFromTheFlagOrTheEnvironmentExits2BeforeAnyRequest() throws Exception {
		String base = sandbox.baseUrl().toString();

		assertThat(run("--base-url", base, "--request-timeout", "50ms", "list")).isEqualTo(new Run(2, "",
				"error: --request-timeout must be a duration from 100ms to 10m, got '50ms'\n"
						+ "hint: for example --request-timeout 5s\n"));
		assertThat(ExaShellJar.run(Map.of("EXA_API_KEY", "sandbox", "EXA_REQUEST_TIMEOUT", "fast"), null,
				Path.of("").toAbsolutePath(), "--base-url", base, "list")).isEqualTo(new Run(2, "",
						"error: EXA_REQUEST_TIMEOUT in the environment must be a duration from 100ms to 10m, got 'fast'\n"
								+ "hint: unset it, or set it like EXA_REQUEST_TIMEOUT=5s\n"));
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void onATerminalALiveLineSaysHowLongItHasWaitedAndCtrlCStops() throws Exception {
		List<String> command = new ArrayList<>(ExaShellJar.command("--base-url", sandbox.baseUrl().toString(),
				"--request-timeout", "20s", "list"));
		tmux = Tmux.start(100, 20, Map.of("EXA_API_KEY", "sandbox"), command);

		String waiting = tmux.awaitScreen("the waiting line", s -> s.contains("Ctrl-C to stop"));
		assertThat(waiting.strip()).matches("waiting for 127\\.0\\.0\\.1:" + sandbox.port()
				+ " · \\d+s · attempt 1 of 3 · Ctrl-C to stop");
		tmux.keys("C-c");

		// the JVM ends at once on SIGINT, so the line stays, with ^C and the status after it
		String stopped = tmux.awaitScreen("the exit status", s -> s.contains("[exit status "));
		assertThat(stopped.lines().findFirst()).get().asString().matches("waiting for 127\\.0\\.0\\.1:" + sandbox.port()
				+ " · \\d+s · attempt 1 of 3 · Ctrl-C to stop(\\^C)?\\[exit status 130]");
		assertThat(sandbox.requests()).hasSize(1);
	}

	private static Run run(String... args) throws Exception {
		return ExaShellJar.run(Map.of("EXA_API_KEY", "sandbox"), null, Path.of("").toAbsolutePath(), args);
	}
}
