package dev.exashell.api;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;

/**
 * Listener for each HTTP exchange, for {@code --debug}. Called on the requesting thread. Headers
 * show the API key as {@code ****} plus its last 4 characters; a URL outside the base URL (the
 * upload URL) is shown without its query, since a presigned URL's query is a credential too.
 * Every method defaults to doing nothing.
 */
public interface HttpTrace {

	HttpTrace NONE = new HttpTrace() {
	};

	/** Before each attempt; {@code headers} are the ones the client set (the JDK adds Host, Content-Length). */
	default void onRequest(String method, URI uri, Map<String, String> headers) {
	}

	/** An HTTP answer arrived, any status; {@code requestId} from {@code X-Request-Id}, or null. */
	default void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
	}

	/** Right after {@link #onResponse}: the answer's headers as they came, for a caller that reads one ({@code doctor} reads {@code Date}). */
	default void onHeaders(URI uri, HttpHeaders headers) {
	}

	/** No HTTP answer (refused, reset, timed out, interrupted); {@code message} is the exception's. */
	default void onFailure(String method, URI uri, long durationMs, String message) {
	}

	/** Attempt {@code attempt} (1-based) failed for {@code reason}; the client waits {@code wait}, then retries. */
	default void onRetry(int attempt, Duration wait, String reason) {
	}

	/**
	 * No answer yet to attempt {@code attempt} of {@code attempts}; called about once a second while
	 * the client waits. {@code waited} counts from the start of the first attempt.
	 */
	default void onWaiting(String method, URI uri, Duration waited, int attempt, int attempts) {
	}

	/** Both traces, {@code first} first, e.g. a live line that must be erased before {@code --debug} prints. */
	static HttpTrace both(HttpTrace first, HttpTrace second) {
		return new HttpTrace() {

			@Override
			public void onRequest(String method, URI uri, Map<String, String> headers) {
				first.onRequest(method, uri, headers);
				second.onRequest(method, uri, headers);
			}

			@Override
			public void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
				first.onResponse(method, uri, status, durationMs, requestId);
				second.onResponse(method, uri, status, durationMs, requestId);
			}

			@Override
			public void onHeaders(URI uri, HttpHeaders headers) {
				first.onHeaders(uri, headers);
				second.onHeaders(uri, headers);
			}

			@Override
			public void onFailure(String method, URI uri, long durationMs, String message) {
				first.onFailure(method, uri, durationMs, message);
				second.onFailure(method, uri, durationMs, message);
			}

			@Override
			public void onRetry(int attempt, Duration wait, String reason) {
				first.onRetry(attempt, wait, reason);
				second.onRetry(attempt, wait, reason);
			}

			@Override
			public void onWaiting(String method, URI uri, Duration waited, int attempt, int attempts) {
				first.onWaiting(method, uri, waited, attempt, attempts);
				second.onWaiting(method, uri, waited, attempt, attempts);
			}
		};
	}
}
