package dev.exashell.render;

import static dev.exashell.testing.TestTime.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelativeTimeTests {

	static Stream<Arguments> boundaries() {
		return Stream.of(
				Arguments.of(Duration.ofSeconds(-3600), "just now"),
				Arguments.of(Duration.ofMillis(-1), "just now"),
				Arguments.of(Duration.ZERO, "just now"),
				Arguments.of(Duration.ofMillis(9_999), "just now"),
				Arguments.of(Duration.ofSeconds(10), "10 sec ago"),
				Arguments.of(Duration.ofSeconds(59), "59 sec ago"),
				Arguments.of(Duration.ofSeconds(60), "1 min ago"),
				Arguments.of(Duration.ofSeconds(3 * 60 + 59), "3 min ago"),
				Arguments.of(Duration.ofMinutes(59).plusSeconds(59), "59 min ago"),
				Arguments.of(Duration.ofHours(1), "1 h ago"),
				Arguments.of(Duration.ofHours(23).plusMinutes(59), "23 h ago"),
				Arguments.of(Duration.ofHours(24), "yesterday"),
				Arguments.of(Duration.ofHours(47).plusMinutes(59), "yesterday"),
				Arguments.of(Duration.ofHours(48), "2 days ago"),
				Arguments.of(Duration.ofDays(29), "29 days ago"),
				Arguments.of(Duration.ofDays(30), "1 mo ago"),
				Arguments.of(Duration.ofDays(95), "3 mo ago"),
				Arguments.of(Duration.ofDays(364), "11 mo ago"),
				Arguments.of(Duration.ofDays(365), "1 yr ago"),
				Arguments.of(Duration.ofDays(800), "2 yr ago"));
	}

	@ParameterizedTest(name = "{0} ago reads \"{1}\"")
	@MethodSource("boundaries")
	void floorsElapsedTimeToOneUnit(Duration elapsed, String expected) {
		assertThat(RelativeTime.format(NOW.minus(elapsed), NOW)).isEqualTo(expected);
	}
}
