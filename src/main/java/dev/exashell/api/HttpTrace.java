package dev.exashell.api;

import java.net.URI;
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

	/** No HTTP answer (refused, reset, timed out, interrupted); {@code message} is the exception's. */
	default void onFailure(String method, URI uri, long durationMs, String message) {
	}

	/** Attempt {@code attempt} (1-based) failed for {@code reason}; the client waits {@code wait}, then retries. */
	default void onRetry(int attempt, Duration wait, String reason) {
	}
}
