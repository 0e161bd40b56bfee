package dev.exashell.api;

/** HTTP 400 Bad Request. */
public class BadRequestException extends ApiException {

	public BadRequestException(int status, String serverMessage, String code, String type, String requestId) {
		super(status, serverMessage, code, type, requestId);
	}
}
