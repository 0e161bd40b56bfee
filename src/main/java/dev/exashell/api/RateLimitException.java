package dev.exashell.api;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429; {@link #retryAfter()} is the server's {@code Retry-After}, when it sent one. */
public class RateLimitException extends ApiException {

	private final Duration retryAfter;

	public RateLimitException(String serverMessage, String code, String type, String requestId, Duration retryAfter) {
		super(429, serverMessage, code, type, requestId);
		this.retryAfter = retryAfter;
	}

	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}
}
