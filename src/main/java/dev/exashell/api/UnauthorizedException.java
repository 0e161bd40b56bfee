package dev.exashell.api;

/** HTTP 401 Unauthorized. */
public class UnauthorizedException extends ApiException {

	public UnauthorizedException(int status, String serverMessage, String code, String type, String requestId) {
		super(status, serverMessage, code, type, requestId);
	}
}
