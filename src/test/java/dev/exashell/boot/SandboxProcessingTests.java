package dev.exashell.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxProcessingTests {

	@ParameterizedTest(name = "''{0}'' -> {1} ms")
	@CsvSource({ "'', 10000", "3600, 3600000", "0.25, 250", "' 7 ', 7000", "0, 0" })
	void aNumberOfSecondsSetsTheEmbeddedSandboxsProcessingTime(String value, long millis) {
		StringWriter err = new StringWriter();
		Duration processing = SandboxProcessing.fromEnvironment(Map.of(SandboxProcessing.VARIABLE, value),
				new PrintWriter(err));
		assertThat(processing).isEqualTo(Duration.ofMillis(millis));
		assertThat(err.toString()).isEmpty();
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource({ "x", "-1", "1e12", "ten" })
	void anythingElseIsAWarningAndTheDefault(String value) {
		StringWriter err = new StringWriter();
		Duration processing = SandboxProcessing.fromEnvironment(Map.of(SandboxProcessing.VARIABLE, value),
				new PrintWriter(err));
		assertThat(processing).isEqualTo(Duration.ofSeconds(10));
		assertThat(err.toString()).isEqualTo("warning: EXA_SANDBOX_PROCESSING_SECONDS must be a number of seconds from 0"
				+ " to 31536000, got '" + value + "'; using 10\n");
	}
}
