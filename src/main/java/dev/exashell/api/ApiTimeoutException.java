package dev.exashell.api;

import java.time.Duration;
import java.util.Locale;

/**
 * The server took the request but no answer came within the request timeout, on every attempt
 * made: {@code request to HOST:PORT timed out after 30s} for one attempt,
 * {@code request to HOST:PORT got no answer in 1m32s over 3 attempts} when retries were made too.
 */
public class ApiTimeoutException extends ApiIoException {

	private final Duration perAttempt;

	private final int attempts;

	public ApiTimeoutException(String message, Throwable cause, Duration perAttempt, int attempts) {
		super(message, cause);
		this.perAttempt = perAttempt;
		this.attempts = attempts;
	}

	/** How long each attempt waited for an answer: the request timeout. */
	public Duration perAttempt() {
		return perAttempt;
	}

	/** How many attempts were made, all of them unanswered. */
	public int attempts() {
		return attempts;
	}

	/** {@code 600ms}, {@code 2.1s}, {@code 30s}, {@code 1m32s}: to the tenth below 10 s, else to the second. */
	static String spent(Duration duration) {
		long millis = Math.max(0, duration.toMillis());
		if (millis < 1_000) {
			return millis + "ms";
		}
		if (millis < 9_950) {
			long tenths = (millis + 50) / 100;
			return tenths / 10 + (tenths % 10 == 0 ? "" : "." + tenths % 10) + "s";
		}
		long seconds = (millis + 500) / 1_000;
		return seconds < 60 ? seconds + "s" : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
	}
}
