package dev.exashell.api;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every trace call as one line of text (durations left out, they vary). */
final class RecordingTrace implements HttpTrace {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final List<String> waiting = new CopyOnWriteArrayList<>();

	@Override
	public void onRequest(String method, URI uri, Map<String, String> headers) {
		lines.add("request " + method + " " + uri + " " + headers);
	}

	@Override
	public void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
		lines.add("response " + method + " " + uri + " " + status + " " + requestId);
	}

	@Override
	public void onFailure(String method, URI uri, long durationMs, String message) {
		lines.add("failure " + method + " " + uri + " " + message);
	}

	@Override
	public void onRetry(int attempt, Duration wait, String reason) {
		lines.add("retry " + attempt + " " + wait + " " + reason);
	}

	/** Kept apart from {@link #lines()}: how many there are depends on how long the answer takes. */
	@Override
	public void onWaiting(String method, URI uri, Duration waited, int attempt, int attempts) {
		waiting.add("waiting " + method + " " + uri + " attempt " + attempt + " of " + attempts
				+ (waited.isNegative() ? " negative" : ""));
	}

	List<String> waiting() {
		return List.copyOf(waiting);
	}

	List<String> lines() {
		return List.copyOf(lines);
	}
}
