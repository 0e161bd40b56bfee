package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DurationsTests {

	static Stream<Arguments> durations() {
		return Stream.of(
				Arguments.of(Duration.ofSeconds(-5), "0s"),
				Arguments.of(Duration.ZERO, "0s"),
				Arguments.of(Duration.ofMillis(999), "0s"),
				Arguments.of(Duration.ofSeconds(40), "40s"),
				Arguments.of(Duration.ofSeconds(59), "59s"),
				Arguments.of(Duration.ofSeconds(60), "1m00s"),
				Arguments.of(Duration.ofSeconds(65), "1m05s"),
				Arguments.of(Duration.ofSeconds(72), "1m12s"),
				Arguments.of(Duration.ofMinutes(59).plusSeconds(59), "59m59s"),
				Arguments.of(Duration.ofHours(1), "1h00m"),
				Arguments.of(Duration.ofHours(2).plusMinutes(3).plusSeconds(59), "2h03m"),
				Arguments.of(Duration.ofHours(23).plusMinutes(59), "23h59m"),
				Arguments.of(Duration.ofDays(1), "1d00h"),
				Arguments.of(Duration.ofDays(3).plusHours(4).plusMinutes(30), "3d04h"));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@MethodSource("durations")
	void showsTwoFlooredUnitsAtMost(Duration duration, String expected) {
		assertThat(Durations.format(duration)).isEqualTo(expected);
	}
}
