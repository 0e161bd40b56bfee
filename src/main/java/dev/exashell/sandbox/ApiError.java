package dev.exashell.sandbox;

import java.util.Map;

/**
 * An error answer: HTTP status, envelope {@code type} and {@code code}, a message for humans and
 * an optional {@code detail} (for validation errors, the offending {@code field}). Thrown by the
 * endpoints and turned into a JSON envelope by the router.
 */
final class ApiError extends RuntimeException {

	private final int status;
	private final String type;
	private final String code;
	private final Map<String, String> detail;
	private final Map<String, String> headers;

	ApiError(int status, String type, String code, String message, Map<String, String> detail,
			Map<String, String> headers) {
		super(message, null, false, false);
		this.status = status;
		this.type = type;
		this.code = code;
		this.detail = Map.copyOf(detail);
		this.headers = Map.copyOf(headers);
	}

	static ApiError invalid(String code, String message) {
		return new ApiError(400, "INVALID_REQUEST", code, message, Map.of(), Map.of());
	}

	/** A 400 naming the request body field at fault, in the message and in {@code detail.field}. */
	static ApiError invalidField(String field, String message) {
		return new ApiError(400, "INVALID_REQUEST", "INVALID_PARAMETER", message, Map.of("field", field), Map.of());
	}

	static ApiError unauthorized(String code, String message) {
		return new ApiError(401, "UNAUTHORIZED", code, message, Map.of(), Map.of());
	}

	static ApiError forbidden(String code, String message) {
		return new ApiError(403, "FORBIDDEN", code, message, Map.of(), Map.of());
	}

	static ApiError notFound(String code, String message) {
		return new ApiError(404, "NOT_FOUND", code, message, Map.of(), Map.of());
	}

	static ApiError methodNotAllowed(String method, String path, String allow) {
		return new ApiError(405, "METHOD_NOT_ALLOWED", "METHOD_NOT_ALLOWED",
				"Method " + method + " is not allowed on " + path + "; allowed: " + allow, Map.of(), Map.of("Allow", allow));
	}

	static ApiError conflict(String code, String message) {
		return new ApiError(409, "CONFLICT", code, message, Map.of(), Map.of());
	}

	static ApiError tooLarge(String message) {
		return new ApiError(413, "PAYLOAD_TOO_LARGE", "PAYLOAD_TOO_LARGE", message, Map.of(), Map.of());
	}

	int status() {
		return status;
	}

	String type() {
		return type;
	}

	String code() {
		return code;
	}

	Map<String, String> detail() {
		return detail;
	}

	Map<String, String> headers() {
		return headers;
	}
}
