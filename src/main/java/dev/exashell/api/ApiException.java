package dev.exashell.api;

/**
 * The API answered with an error status. Carries the status, the server's message, its
 * machine-readable code (and type, for the envelope shape) and the request id when known.
 */
public class ApiException extends ExaException {

	private final int status;
	private final String serverMessage;
	private final String code;
	private final String type;
	private final String requestId;

	public ApiException(int status, String serverMessage, String code, String type, String requestId) {
		super(describe(status, serverMessage));
		this.status = status;
		this.serverMessage = serverMessage;
		this.code = code;
		this.type = type;
		this.requestId = requestId;
	}

	private static String describe(int status, String serverMessage) {
		return serverMessage == null || serverMessage.isBlank() ? "HTTP " + status : "HTTP " + status + ": " + serverMessage;
	}

	public int status() {
		return status;
	}

	public String serverMessage() {
		return serverMessage;
	}

	public String code() {
		return code;
	}

	public String type() {
		return type;
	}

	public String requestId() {
		return requestId;
	}
}
