package dev.exashell.api;

/**
 * A 2xx answer whose body is cut off, empty or not JSON at all: most likely lost on the way, so a
 * GET is tried again like a reset connection. On a POST it means the server acted (the status
 * says so) but what it created cannot be read.
 */
public class UnreadableBodyException extends InvalidDataException {

	private final int status;

	private final String requestId;

	private final int attempts;

	public UnreadableBodyException(int status, String requestId, int attempts, Throwable cause) {
		super("the API's answer was cut off or not JSON (HTTP " + status + (attempts > 1 ? ", " + attempts + " attempts" : "")
				+ ")" + (requestId == null ? "" : " [request " + requestId + "]"), cause);
		this.status = status;
		this.requestId = requestId;
		this.attempts = attempts;
	}

	/** The HTTP status that came with the body, e.g. 200, or 201 for a create. */
	public int status() {
		return status;
	}

	/** The last answer's {@code X-Request-Id}, or null. */
	public String requestId() {
		return requestId;
	}

	/** How many answers were unreadable in a row (1 for a request that is never retried). */
	public int attempts() {
		return attempts;
	}

	UnreadableBodyException afterAttempts(int attempts) {
		return new UnreadableBodyException(status, requestId, attempts, getCause());
	}
}
