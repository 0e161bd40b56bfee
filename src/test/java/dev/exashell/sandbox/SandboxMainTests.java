package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxMainTests {

	@Test
	void noFlagsMeanTheDefaults() {
		SandboxOptions options = SandboxMain.parse();
		assertThat(options.host()).isEqualTo("127.0.0.1");
		assertThat(options.port()).isZero();
		assertThat(options.apiKey()).isEqualTo("sandbox");
		assertThat(options.imports()).isEqualTo(300);
		assertThat(options.processing()).isEqualTo(Duration.ofSeconds(10));
		assertThat(options.faults()).isEmpty();
	}

	@Test
	void everyFlagIsReadInBothSpellings() {
		SandboxOptions options = SandboxMain.parse("--port", "18080", "--api-key=k1", "--seed", "-5", "--imports=1000",
				"--processing-seconds", "2.5", "--faults", "429:0.2,script:503,ok", "--host=localhost");
		assertThat(options.port()).isEqualTo(18080);
		assertThat(options.apiKey()).isEqualTo("k1");
		assertThat(options.seed()).isEqualTo(-5);
		assertThat(options.imports()).isEqualTo(1000);
		assertThat(options.processing()).isEqualTo(Duration.ofMillis(2500));
		assertThat(options.faults()).isEqualTo("429:0.2,script:503,ok");
		assertThat(options.host()).isEqualTo("localhost");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--port|x|--port must be a whole number from 0 to 65535, got 'x'",
			"--port|70000|--port must be a whole number from 0 to 65535",
			"--imports|-1|--imports must be a whole number from 0 to", "--seed|1.5|--seed must be a whole number, got '1.5'",
			"--processing-seconds|-1|--processing-seconds must be a number of seconds",
			"--processing-seconds|soon|--processing-seconds must be a number of seconds",
			"--faults|429:2|bad fault spec: rate for 429", "--api-key|''|--api-key must not be empty",
			"--host|' '|--host must not be empty", "--verbose|1|unknown flag '--verbose'" })
	void badFlagsGiveOneLineErrors(String flag, String value, String message) {
		assertThatThrownBy(() -> SandboxMain.parse(flag, value)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(message)
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void aFlagWithoutItsValueOrAStrayArgumentIsAnError() {
		assertThatThrownBy(() -> SandboxMain.parse("--port")).hasMessage("missing value for --port");
		assertThatThrownBy(() -> SandboxMain.parse("--nope")).hasMessageStartingWith("unknown flag '--nope'");
		assertThatThrownBy(() -> SandboxMain.parse("serve")).hasMessageStartingWith("unexpected argument 'serve'");
	}
}
