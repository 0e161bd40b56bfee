package dev.exashell.api;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tries an idempotent request again on I/O failures, retryable statuses and 2xx answers whose body
 * is cut off or not JSON, as {@link RetryPolicy} says. Waits go through the injected
 * {@link Sleeper}; an interrupt stops the loop with an {@link ApiIoException} and the thread's
 * interrupt flag set. When the last attempt got no answer in time, the error says how long the
 * call took in all: each unanswered attempt's request timeout plus the waits between attempts.
 */
final class RetryingTransport implements HttpTransport {

	private final HttpTransport delegate;

	private final ClientConfig config;

	RetryingTransport(HttpTransport delegate, ClientConfig config) {
		this.delegate = delegate;
		this.config = config;
	}

	@Override
	public Response send(HttpRequest request, Attempt attempt) {
		return exchange(request, Function.identity());
	}

	@Override
	public <T> T exchange(HttpRequest request, Function<Response, T> reader) {
		RetryPolicy policy = config.retryPolicy();
		long start = System.nanoTime();
		Duration spent = Duration.ZERO;
		for (int attempt = 1;; attempt++) {
			boolean lastAttempt = attempt > policy.maxRetries();
			Response response;
			try {
				response = delegate.send(request, new Attempt(attempt, policy.maxAttempts(), start));
			}
			catch (ApiIoException e) {
				if (e instanceof ApiTimeoutException timeout) {
					spent = spent.plus(timeout.perAttempt());
				}
				if (lastAttempt || Thread.currentThread().isInterrupted()) {
					throw e instanceof ApiTimeoutException timeout && attempt > 1 ? noAnswer(request, timeout, spent, attempt) : e;
				}
				spent = spent.plus(pause(attempt, policy.backoff(attempt, config.jitter().getAsDouble()), e.getMessage()));
				continue;
			}
			if (!lastAttempt && RetryPolicy.isRetryableStatus(response.status())) {
				Optional<Duration> wait = waitAfter(response, attempt, policy);
				if (wait.isPresent()) {
					spent = spent.plus(pause(attempt, wait.get(), "HTTP " + response.status()));
					continue;
				}
			}
			try {
				return reader.apply(response);
			}
			catch (UnreadableBodyException e) {
				if (lastAttempt) {
					throw attempt > 1 ? e.afterAttempts(attempt) : e;
				}
				spent = spent.plus(pause(attempt, policy.backoff(attempt, config.jitter().getAsDouble()), e.getMessage()));
			}
		}
	}

	private static ApiTimeoutException noAnswer(HttpRequest request, ApiTimeoutException last, Duration spent, int attempts) {
		return new ApiTimeoutException("request to " + ShownUrls.hostPort(request.uri()) + " got no answer in "
				+ ApiTimeoutException.spent(spent) + " over " + attempts + " attempts", last, last.perAttempt(), attempts);
	}

	/** The server's {@code Retry-After} if it sent a readable one (empty when above the cap), else backoff. */
	private Optional<Duration> waitAfter(Response response, int attempt, RetryPolicy policy) {
		Optional<Duration> retryAfter = RetryAfter.parse(response.headers(), config.clock());
		if (retryAfter.isPresent()) {
			return retryAfter.filter(wait -> wait.compareTo(policy.maxRetryAfter()) <= 0);
		}
		return Optional.of(policy.backoff(attempt, config.jitter().getAsDouble()));
	}

	private Duration pause(int attempt, Duration wait, String reason) {
		config.trace().onRetry(attempt, wait, reason);
		try {
			config.sleeper().sleep(wait);
			return wait;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ApiIoException("interrupted while waiting to retry after " + reason, e);
		}
	}
}
