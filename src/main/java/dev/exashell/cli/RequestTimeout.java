package dev.exashell.cli;

import dev.exashell.api.ClientConfig;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code --request-timeout D} and {@code EXA_REQUEST_TIMEOUT}: how long each attempt of a request
 * waits for an answer, from 100 ms to 10 minutes, default 30 s. A bad value is a usage error
 * before any request.
 */
final class RequestTimeout {

	static final String VARIABLE = "EXA_REQUEST_TIMEOUT";
	static final Duration SHORTEST = Duration.ofMillis(100);
	static final Duration LONGEST = Duration.ofMinutes(10);
	private static final String RANGE = "a duration from 100ms to 10m";

	private RequestTimeout() {
	}

	static Duration fromFlag(String text) {
		return parse(text).orElseThrow(() -> new UsageException(
				"--request-timeout must be " + RANGE + ", got '" + text + "'", "for example --request-timeout 5s"));
	}

	/** The variable's value, or the default when it is unset (null). */
	static Duration fromEnvironment(String text) {
		if (text == null) {
			return ClientConfig.DEFAULT_READ_TIMEOUT;
		}
		return parse(text).orElseThrow(() -> new UsageException(
				VARIABLE + " in the environment must be " + RANGE + ", got '" + text + "'",
				"unset it, or set it like " + VARIABLE + "=5s"));
	}

	private static Optional<Duration> parse(String text) {
		try {
			Duration timeout = DurationParser.parse(text);
			if (timeout.compareTo(SHORTEST) >= 0 && timeout.compareTo(LONGEST) <= 0) {
				return Optional.of(timeout);
			}
		}
		catch (RuntimeException e) {
			// not a duration, or too large to be one (NumberFormatException, ArithmeticException): reported by the caller
		}
		return Optional.empty();
	}
}
