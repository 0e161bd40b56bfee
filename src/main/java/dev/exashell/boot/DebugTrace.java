package dev.exashell.boot;

import dev.exashell.api.HttpTrace;
import dev.exashell.api.ShownUrls;
import dev.exashell.cli.IoSource;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** {@code --debug}: one stderr line per request, response, failure and retry. Headers arrive already redacted; a URL's user-info is masked. */
final class DebugTrace implements HttpTrace {

	private final IoSource io;

	DebugTrace(IoSource io) {
		this.io = io;
	}

	@Override
	public void onRequest(String method, URI uri, Map<String, String> headers) {
		StringBuilder line = new StringBuilder("> ").append(method).append(' ').append(ShownUrls.of(uri));
		new TreeMap<>(headers).forEach((name, value) -> line.append(" · ").append(name).append(": ").append(value));
		print(line.toString());
	}

	@Override
	public void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
		print("< " + status + " " + method + " " + ShownUrls.of(uri) + " (" + durationMs + " ms" + (requestId == null ? "" : ", " + requestId) + ")");
	}

	@Override
	public void onFailure(String method, URI uri, long durationMs, String message) {
		print("< failed " + method + " " + ShownUrls.of(uri) + " (" + durationMs + " ms): " + message);
	}

	@Override
	public void onRetry(int attempt, Duration wait, String reason) {
		print("~ retry " + attempt + " in " + wait.toMillis() + " ms: " + reason);
	}

	private void print(String line) {
		io.io().err().println(line);
		io.io().err().flush();
	}
}
