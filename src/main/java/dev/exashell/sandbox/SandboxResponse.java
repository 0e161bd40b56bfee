package dev.exashell.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the router sends: status, extra headers and a body ({@code null} = none, e.g. 204). */
record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

	static final String JSON = "application/json";

	static SandboxResponse json(int status, JsonNode node) {
		return new SandboxResponse(status, Map.of("Content-Type", JSON), SandboxJson.bytes(node));
	}

	static SandboxResponse empty(int status) {
		return new SandboxResponse(status, Map.of(), null);
	}

	static SandboxResponse text(int status, String text) {
		return new SandboxResponse(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
				text.getBytes(StandardCharsets.UTF_8));
	}

	static SandboxResponse error(ApiError error, String requestId) {
		Map<String, String> headers = new LinkedHashMap<>(error.headers());
		headers.put("Content-Type", JSON);
		return new SandboxResponse(error.status(), headers, SandboxJson.bytes(SandboxJson.errorNode(error, requestId)));
	}

	/** The same answer with its body cut off half way: JSON that no parser accepts. */
	SandboxResponse truncated() {
		byte[] cut = body == null ? new byte[0] : Arrays.copyOf(body, body.length / 2);
		return new SandboxResponse(status, headers, cut);
	}
}
