package dev.exashell.api;

/** HTTP 404 Not Found. */
public class NotFoundException extends ApiException {

	public NotFoundException(int status, String serverMessage, String code, String type, String requestId) {
		super(status, serverMessage, code, type, requestId);
	}
}
