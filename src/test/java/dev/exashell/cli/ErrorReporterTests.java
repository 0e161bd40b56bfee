package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ApiIoException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** How a request cut short by Ctrl-C is reported, as against one the network failed. */
class ErrorReporterTests {

	@Test
	void aRequestInterruptedByCtrlCIsInterruptedNotANetworkProblem() {
		ApiIoException waiting = new ApiIoException("interrupted while waiting for 127.0.0.1:8080", new InterruptedException());
		ApiIoException retrying = new ApiIoException("interrupted while waiting to retry after HTTP 503",
				new InterruptedException());

		assertThat(ErrorReporter.describe(waiting)).isEqualTo(new ErrorReporter.Report(130, "interrupted", null));
		assertThat(ErrorReporter.describe(retrying)).isEqualTo(new ErrorReporter.Report(130, "interrupted", null));
	}

	@Test
	void aNetworkFailureStillPointsAtTheNetwork() {
		ApiIoException reset = new ApiIoException("connection reset by 127.0.0.1:8080", new IOException("Connection reset"));

		assertThat(ErrorReporter.describe(reset)).isEqualTo(new ErrorReporter.Report(1,
				"connection reset by 127.0.0.1:8080", "check the base URL and your network"));
	}
}
