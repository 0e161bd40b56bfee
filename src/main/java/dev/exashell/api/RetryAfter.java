package dev.exashell.api;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} header: delta seconds, or an HTTP date read against the injected clock. */
final class RetryAfter {

	private RetryAfter() {
	}

	/** Empty when absent or unreadable; a date in the past is zero. */
	static Optional<Duration> parse(HttpHeaders headers, Clock clock) {
		return headers.firstValue("retry-after").map(String::trim).flatMap(value -> parse(value, clock));
	}

	static Optional<Duration> parse(String value, Clock clock) {
		if (value.matches("\\d{1,9}(\\.\\d{1,3})?")) {
			return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000)));
		}
		try {
			ZonedDateTime date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
			Duration wait = Duration.between(clock.instant(), date.toInstant());
			return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
