package dev.exashell.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import tools.jackson.databind.JsonNode;

/**
 * Turns a non-2xx answer into the matching {@link ApiException}. Reads the two error shapes
 * exa-js reads: the envelope {@code {"error":{"type","code","message","detail"},"requestId"}}
 * and the legacy {@code {"error":"Not Found","message":"…","statusCode","requestId"}} (message
 * {@code "Not Found. …"}, as exa-js builds it). Another JSON shape gives its {@code message},
 * {@code detail}, {@code title}, {@code msg} or {@code errors[0].message}; anything else becomes a
 * one-line excerpt.
 */
final class ErrorBodies {

	private static final int EXCERPT = 200;

	private ErrorBodies() {
	}

	/** Where the failed request went, for a 404: the URL as shown (null: not the base URL) and whether it was the collection. */
	record Target(String shownUrl, boolean collection) {

		static final Target OTHER = new Target(null, false);
	}

	static ApiException toException(HttpTransport.Response response, Clock clock, String apiKey) {
		return toException(response, clock, apiKey, Target.OTHER);
	}

	static ApiException toException(HttpTransport.Response response, Clock clock, String apiKey, Target target) {
		int status = response.status();
		String text = new String(response.body(), StandardCharsets.UTF_8);
		JsonNode body = text.isBlank() ? null : ClientJson.treeOrNull(response.body());
		String message = null;
		String code = null;
		String type = null;
		boolean apiShaped = false;
		if (body != null && body.isObject()) {
			JsonNode error = body.path("error");
			if (error.isObject()) {
				apiShaped = true;
				message = firstText(error.path("message"), error.path("detail"));
				code = text(error.path("code"));
				type = text(error.path("type"));
			}
			else {
				apiShaped = text(error) != null;
				message = apiShaped ? join(text(error), text(body.path("message"))) : otherShape(body);
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
			case 404 -> new NotFoundException(status, message, code, type, requestId, target.shownUrl(),
					target.collection(), apiShaped);
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

	/** The message of an error body in another server's shape (FastAPI, RFC 7807, …), or null. */
	private static String otherShape(JsonNode body) {
		for (String field : new String[] { "message", "detail", "title", "msg", "error_description" }) {
			String text = text(body.path(field));
			if (text != null) {
				return oneLine(text, EXCERPT);
			}
		}
		String first = text(body.path("errors").path(0).path("message"));
		return first == null ? null : oneLine(first, EXCERPT);
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
