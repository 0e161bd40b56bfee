package dev.exashell.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A request as the sandbox received it, for tests: method, raw (still percent-encoded) path, raw
 * query ({@code null} if none), headers with lower-case names, the body (the first 1 MiB of it)
 * and the {@code X-Request-Id} the sandbox answered with.
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
		byte[] body, String requestId) {

	public RecordedRequest {
		headers = Map.copyOf(headers);
		body = body.clone();
	}

	/** First value of a header, by case-insensitive name, or null. */
	public String header(String name) {
		List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	@Override
	public byte[] body() {
		return body.clone();
	}

	public String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return method + " " + path + (query == null ? "" : "?" + query) + " (" + body.length + " bytes, " + requestId + ")";
	}
}
