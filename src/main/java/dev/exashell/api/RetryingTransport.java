package dev.exashell.api;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * Tries an idempotent request again on I/O failures and retryable statuses, as
 * {@link RetryPolicy} says. Waits go through the injected {@link Sleeper}; an interrupt stops the
 * loop with an {@link ApiIoException} and the thread's interrupt flag set.
 */
final class RetryingTransport implements HttpTransport {

	private final HttpTransport delegate;

	private final ClientConfig config;

	RetryingTransport(HttpTransport delegate, ClientConfig config) {
		this.delegate = delegate;
		this.config = config;
	}

	@Override
	public Response send(HttpRequest request) {
		RetryPolicy policy = config.retryPolicy();
		for (int attempt = 1;; attempt++) {
			boolean lastAttempt = attempt > policy.maxRetries();
			Response response;
			try {
				response = delegate.send(request);
			}
			catch (ApiIoException e) {
				if (lastAttempt || Thread.currentThread().isInterrupted()) {
					throw e;
				}
				pause(attempt, policy.backoff(attempt, config.jitter().getAsDouble()), e.getMessage());
				continue;
			}
			if (lastAttempt || !RetryPolicy.isRetryableStatus(response.status())) {
				return response;
			}
			Optional<Duration> wait = waitAfter(response, attempt, policy);
			if (wait.isEmpty()) {
				return response;
			}
			pause(attempt, wait.get(), "HTTP " + response.status());
		}
	}

	/** The server's {@code Retry-After} if it sent a readable one (empty when above the cap), else backoff. */
	private Optional<Duration> waitAfter(Response response, int attempt, RetryPolicy policy) {
		Optional<Duration> retryAfter = RetryAfter.parse(response.headers(), config.clock());
		if (retryAfter.isPresent()) {
			return retryAfter.filter(wait -> wait.compareTo(policy.maxRetryAfter()) <= 0);
		}
		return Optional.of(policy.backoff(attempt, config.jitter().getAsDouble()));
	}

	private void pause(int attempt, Duration wait, String reason) {
		config.trace().onRetry(attempt, wait, reason);
		try {
			config.sleeper().sleep(wait);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ApiIoException("interrupted while waiting to retry after " + reason, e);
		}
	}
}
