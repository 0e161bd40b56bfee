package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.CapturedIo;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live line while an answer is awaited, driven by the client's ticks without any waiting. */
class WaitingLineTests {

	private static final URI API = URI.create("http://127.0.0.1:8080/websets/v0/imports?limit=5");

	@Test
	void onATerminalItAppearsAfterTwoSecondsIsRedrawnAndIsErasedByTheAnswer() {
		CapturedIo io = CapturedIo.terminal(80);
		WaitingLine line = new WaitingLine(io);

		line.onRequest("GET", API, Map.of());
		line.onWaiting("GET", API, Duration.ofMillis(1_000), 1, 3);
		assertThat(io.err()).isEmpty();
		line.onWaiting("GET", API, Duration.ofMillis(2_004), 1, 3);
		line.onWaiting("GET", API, Duration.ofSeconds(32), 2, 3);
		line.onRetry(2, Duration.ofSeconds(1), "request to 127.0.0.1:8080 timed out after 30s");
		line.onWaiting("GET", API, Duration.ofSeconds(65), 3, 3);
		line.onResponse("GET", API, 200, 31_000, "req_1");
		line.onResponse("GET", API, 200, 5, "req_2");

		assertThat(io.err()).isEqualTo("\rwaiting for 127.0.0.1:8080 · 2s · attempt 1 of 3 · Ctrl-C to stop\033[K"
				+ "\rwaiting for 127.0.0.1:8080 · 32s · attempt 2 of 3 · Ctrl-C to stop\033[K"
				+ "\rwaiting for 127.0.0.1:8080 · 1m05s · attempt 3 of 3 · Ctrl-C to stop\033[K"
				+ "\r\033[K");
	}

	@Test
	void aRequestSentOnceShowsNoAttemptsAndAFailureErasesTheLine() {
		CapturedIo io = CapturedIo.terminal(80);
		WaitingLine line = new WaitingLine(io);

		line.onWaiting("POST", URI.create("https://api.exa.ai/websets/v0/imports"), Duration.ofSeconds(3), 1, 1);
		line.onFailure("POST", URI.create("https://api.exa.ai/websets/v0/imports"), 30_000, "timed out");

		assertThat(io.err()).isEqualTo("\rwaiting for api.exa.ai:443 · 3s · Ctrl-C to stop\033[K\r\033[K");
	}

	@Test
	void theLineIsCutToTheTerminalWidth() {
		CapturedIo io = CapturedIo.terminal(80);
		URI longHost = URI.create("https://" + "a".repeat(70) + ".example/websets");

		new WaitingLine(io).onWaiting("GET", longHost, Duration.ofSeconds(2), 1, 3);

		assertThat(io.err()).isEqualTo("\r" + ("waiting for " + "a".repeat(70)).substring(0, 79) + "\033[K");
	}

	@Test
	void pipedOutputGetsNoLine() {
		CapturedIo io = CapturedIo.piped();
		WaitingLine line = new WaitingLine(io);

		line.onWaiting("GET", API, Duration.ofSeconds(10), 1, 3);
		line.onResponse("GET", API, 200, 10_000, null);

		assertThat(io.err()).isEmpty();
	}
}
