package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers of the retry policy and the reading of Retry-After. */
class RetryPolicyTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void defaultBackoffDoublesFromHalfASecondUpToEightSeconds() {
		assertThat(IntStream.rangeClosed(1, 7).mapToObj(n -> RetryPolicy.DEFAULT.backoff(n, 0.0)))
			.extracting(Duration::toMillis)
			.containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
	}

	@Test
	void jitterShortensTheWaitByUpToAQuarter() {
		assertThat(RetryPolicy.DEFAULT.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(438));
		assertThat(RetryPolicy.DEFAULT.backoff(2, 0.999)).isEqualTo(Duration.ofMillis(750));
	}

	@Test
	void defaultMakesThreeAttemptsAndNoneMakesOne() {
		assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(3);
		assertThat(RetryPolicy.DEFAULT.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
		assertThat(RetryPolicy.NONE.maxAttempts()).isEqualTo(1);
	}

	@Test
	void retriesOnlyTheTransientStatuses() {
		assertThat(IntStream.rangeClosed(100, 599).filter(RetryPolicy::isRetryableStatus).boxed())
			.containsExactly(408, 429, 500, 502, 503, 504);
	}

	@Test
	void rejectsNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.DEFAULT.withMaxRetries(-1));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new RetryPolicy(1, Duration.ofMillis(1), 0.5, Duration.ofSeconds(1), 0, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new RetryPolicy(1, Duration.ofMillis(1), 2, Duration.ofSeconds(1), 1.5, Duration.ZERO));
	}

	@ParameterizedTest(name = "Retry-After: {0} -> {1} ms")
	@CsvSource(delimiter = '|', textBlock = """
			0                             | 0
			7                             | 7000
			1.5                           | 1500
			Thu, 01 Jan 2026 00:00:42 GMT | 42000
			Wed, 31 Dec 2025 23:59:00 GMT | 0
			""")
	void readsSecondsAndHttpDates(String header, long millis) {
		assertThat(RetryAfter.parse(header, CLOCK)).contains(Duration.ofMillis(millis));
	}

	@ParameterizedTest
	@CsvSource({ "soon", "-3", "1e3", "2026-01-01T00:00:10Z" })
	void ignoresWhatItCannotRead(String header) {
		assertThat(RetryAfter.parse(header, CLOCK)).isEmpty();
	}
}
