package dev.exashell.sandbox;

import java.nio.charset.StandardCharsets;

/**
 * {@code /_sandbox/}: control of a running sandbox, no API key, never faulted.
 * {@code POST /_sandbox/faults} (plain-text spec; empty clears) 204 or 400;
 * {@code GET /_sandbox/faults} the current spec as text; {@code POST /_sandbox/reset} 204.
 */
final class AdminEndpoint {

	static final String PREFIX = "/_sandbox/";

	private final Sandbox sandbox;

	AdminEndpoint(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	SandboxResponse handle(SandboxRequest request) {
		String path = request.rawPath();
		String method = request.method();
		if (path.equals(PREFIX + "faults")) {
			if (method.equals("GET")) {
				return SandboxResponse.text(200, sandbox.faults().current().text());
			}
			if (!method.equals("POST")) {
				throw ApiError.methodNotAllowed(method, path, "GET, POST");
			}
			if (request.bodyTooLarge()) {
				throw ApiError.tooLarge("Fault spec is too large");
			}
			FaultSpec spec;
			try {
				spec = FaultSpec.parse(new String(request.body(), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				throw ApiError.invalid("INVALID_FAULT_SPEC", ex.getMessage());
			}
			sandbox.faults().set(spec);
			return SandboxResponse.empty(204);
		}
		if (path.equals(PREFIX + "reset")) {
			if (!method.equals("POST")) {
				throw ApiError.methodNotAllowed(method, path, "POST");
			}
			sandbox.reset();
			return SandboxResponse.empty(204);
		}
		throw ApiError.notFound("ROUTE_NOT_FOUND", "No route for " + method + " " + path);
	}
}
