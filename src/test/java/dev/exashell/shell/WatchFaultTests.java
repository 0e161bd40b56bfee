package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Transient trouble never ends a watch: each failed request is one warning line on stderr and the
 * watch carries on with its backoff. The import is uploaded at 12:00:00 and completes at 12:00:03;
 * the sandbox's scripted faults hit the requests in order ({@code ok} = served normally).
 */
class WatchFaultTests {

	private final WatchFixture fixture = WatchFixture.empty();

	private final String id = fixture.uploaded("Leads", WatchFixture.GOOD_CSV);

	@AfterEach
	void stop() {
		fixture.close();
	}

	private Result watch(String faults, String options) {
		fixture.sandbox.setFaults(faults);
		return fixture.piped().run("watch " + id + options);
	}

	private String processingThenCompleted(String completedAt) {
		return "2026-11-30T12:00:00Z " + id + " processing\n"
				+ "2026-11-30T12:00:" + completedAt + "Z " + id + " completed (was processing) · 2 entities\n";
	}

	private static List<Duration> millis(long... values) {
		return Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
	}

	@Test
	void aBurstOf503sIsThreeWarningsWhileTheWaitKeepsGrowing() {
		Result result = watch("script:ok,503,503,503", "");

		String warning = " warning: HTTP 503: Service unavailable (injected by the sandbox) · retrying in ";
		assertThat(result).isEqualTo(new Result(0, processingThenCompleted("16"), "2026-11-30T12:00:02Z" + warning + "3s\n"
				+ "2026-11-30T12:00:05Z" + warning + "5s\n" + "2026-11-30T12:00:09Z" + warning + "7s\n"));
		assertThat(fixture.time.waits()).isEqualTo(millis(2000, 3000, 4500, 6750));
	}

	@Test
	void aRateLimitIsWaitedOutForItsRetryAfter() {
		Result result = watch("script:ok,429", " --interval 100ms");

		assertThat(result).isEqualTo(new Result(0, processingThenCompleted("04"), "2026-11-30T12:00:00Z warning: HTTP 429: "
				+ "Too many requests (injected by the sandbox); retry after 1 second · retrying in 1s\n"));
		// 100 ms, then the 429's Retry-After of 1 s instead of 150 ms, then growing from 150 ms again
		assertThat(fixture.time.waits()).isEqualTo(millis(100, 1000, 225, 338, 507, 761, 1142));
	}

	@Test
	void aConnectionResetIsAWarningWhetherOrNotTheJdkResendsTheGet() {
		Result result = watch("script:ok,reset,reset", "");

		// The JDK client may resend a GET once when the connection closes before any byte (it
		// depends on when it notices): then both resets go to one poll, else each to its own.
		String warning = " warning: connection to 127.0.0.1:" + fixture.sandbox.port()
				+ " closed before a complete response · retrying in ";
		Result resent = new Result(0, processingThenCompleted("05"), "2026-11-30T12:00:02Z" + warning + "3s\n");
		Result notResent = new Result(0, processingThenCompleted("09"),
				"2026-11-30T12:00:02Z" + warning + "3s\n" + "2026-11-30T12:00:05Z" + warning + "5s\n");
		assertThat(result).isIn(resent, notResent);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"script:ok,drop|connection to 127.0.0.1:PORT closed before a complete response",
			"script:ok,malformed|the API's answer was cut off or not JSON (HTTP 200) [request REQ]" })
	void aBrokenAnswerIsOneWarningAndTheNextPollCarriesOn(String faults, String message) {
		Result result = watch(faults, "");

		String broken = fixture.sandbox.requests().stream().filter(r -> r.method().equals("GET")).toList().get(1)
			.requestId();
		assertThat(result).isEqualTo(new Result(0, processingThenCompleted("05"), "2026-11-30T12:00:02Z warning: "
				+ message.replace("PORT", String.valueOf(fixture.sandbox.port())).replace("REQ", broken)
				+ " · retrying in 3s\n"));
		assertThat(fixture.time.waits()).isEqualTo(millis(2000, 3000));
	}

	@Test
	void slowAnswersChangeNothingButTheWallClock() {
		long start = System.nanoTime();

		Result result = watch("latency:150ms", "");

		assertThat(result).isEqualTo(new Result(0, processingThenCompleted("05"), ""));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
	}
}
