package dev.exashell.api;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to wait before trying an idempotent request again (GET and the upload PUT;
 * POST, PATCH and DELETE are never retried). Retried: connection failures, timeouts and HTTP
 * 408, 429, 500, 502, 503, 504.
 *
 * <p>Wait before retry {@code n} (1-based) without {@code Retry-After}:
 * {@code min(initialBackoff × multiplier^(n-1), maxBackoff) × (1 − jitter × r)}, {@code r} in
 * [0, 1) from the client's jitter source. A {@code Retry-After} up to {@link #maxRetryAfter()} is
 * waited exactly; a longer one is not waited for: the error is thrown at once, carrying it.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialBackoff wait before the first retry
 * @param multiplier growth of the wait per retry, at least 1
 * @param maxBackoff cap of the computed wait
 * @param jitter fraction in [0, 1] the computed wait may be shortened by at random
 * @param maxRetryAfter longest server-requested {@code Retry-After} the client will wait
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, double multiplier, Duration maxBackoff,
		double jitter, Duration maxRetryAfter) {

	/** 3 attempts in all; waits 0.5 s, 1 s (then 2, 4, 8, 8 … if more retries are allowed); jitter 25 %. */
	public static final RetryPolicy DEFAULT = new RetryPolicy(2, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8),
			0.25, Duration.ofSeconds(60));

	/** One attempt only; for callers with their own loop (the watch engine). */
	public static final RetryPolicy NONE = DEFAULT.withMaxRetries(0);

	public RetryPolicy {
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must be >= 0");
		}
		requireNonNegative(initialBackoff, "initialBackoff");
		requireNonNegative(maxBackoff, "maxBackoff");
		requireNonNegative(maxRetryAfter, "maxRetryAfter");
		if (!(multiplier >= 1.0)) {
			throw new IllegalArgumentException("multiplier must be >= 1");
		}
		if (!(jitter >= 0.0 && jitter <= 1.0)) {
			throw new IllegalArgumentException("jitter must be in [0, 1]");
		}
	}

	private static void requireNonNegative(Duration duration, String name) {
		if (Objects.requireNonNull(duration, name).isNegative()) {
			throw new IllegalArgumentException(name + " must not be negative");
		}
	}

	public RetryPolicy withMaxRetries(int maxRetries) {
		return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, jitter, maxRetryAfter);
	}

	public int maxAttempts() {
		return maxRetries + 1;
	}

	/** The computed wait before retry {@code retry} (1-based), {@code random} in [0, 1). */
	public Duration backoff(int retry, double random) {
		double millis = Math.min(initialBackoff.toMillis() * Math.pow(multiplier, retry - 1.0), maxBackoff.toMillis());
		return Duration.ofMillis(Math.round(millis * (1.0 - jitter * random)));
	}

	/** True for the statuses worth another try: 408, 429, 500, 502, 503, 504. */
	public static boolean isRetryableStatus(int status) {
		return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
	}
}
