package dev.exashell.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import tools.jackson.databind.JsonNode;

/**
 * Turns a non-2xx answer into the matching {@link ApiException}. Reads the two error shapes
 * exa-js reads: the envelope {@code {"error":{"type","code","message","detail"},"requestId"}}
 * and the legacy {@code {"error":"Not Found","message":"…","statusCode","requestId"}} (message
 * {@code "Not Found. …"}, as exa-js builds it). Anything else becomes a one-line excerpt.
 */
final class ErrorBodies {

	private static final int EXCERPT = 200;

	private ErrorBodies() {
	}

	static ApiException toException(HttpTransport.Response response, Clock clock, String apiKey) {
		int status = response.status();
		String text = new String(response.body(), StandardCharsets.UTF_8);
		JsonNode body = text.isBlank() ? null : Json.treeOrNull(response.body());
		String message = null;
		String code = null;
		String type = null;
		if (body != null && body.isObject()) {
			JsonNode error = body.path("error");
			if (error.isObject()) {
				message = firstText(error.path("message"), error.path("detail"));
				code = text(error.path("code"));
				type = text(error.path("type"));
			}
			else {
				message = join(text(error), text(body.path("message")));
			}
		}
		if (message == null && !text.isBlank()) {
			message = (body == null ? "body was not JSON: " : "unexpected error body: ") + oneLine(text, EXCERPT);
		}
		message = ApiKeys.scrub(message, apiKey);
		String requestId = response.requestId() != null ? response.requestId()
				: body == null ? null : text(body.path("requestId"));
		return switch (status) {
			case 400 -> new BadRequestException(status, message, code, type, requestId);
			case 401 -> new UnauthorizedException(status, message, code, type, requestId);
			case 403 -> new PermissionDeniedException(status, message, code, type, requestId);
			case 404 -> new NotFoundException(status, message, code, type, requestId);
			case 429 -> new RateLimitException(message, code, type, requestId,
					RetryAfter.parse(response.headers(), clock).orElse(null));
			default -> status >= 500 && status <= 599 ? new ServerException(status, message, code, type, requestId)
					: new ApiException(status, message, code, type, requestId);
		};
	}

	/** Whitespace runs folded to one space, control characters dropped, cut to {@code max} with "…". */
	static String oneLine(String text, int max) {
		String line = text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}", "").trim();
		return line.length() <= max ? line : line.substring(0, max) + "…";
	}

	private static String join(String error, String message) {
		if (error == null || message == null) {
			return error != null ? error : message;
		}
		return error + ". " + message;
	}

	private static String firstText(JsonNode first, JsonNode second) {
		String text = text(first);
		return text != null ? text : text(second);
	}

	/** A scalar's text; null for missing, null, blank, objects and arrays. */
	private static String text(JsonNode node) {
		if (node == null || !node.isValueNode() || node.isNull()) {
			return null;
		}
		String text = node.asString();
		return text.isBlank() ? null : text;
	}
}
