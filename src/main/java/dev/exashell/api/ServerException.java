package dev.exashell.api;

/** HTTP 5xx. */
public class ServerException extends ApiException {

	public ServerException(int status, String serverMessage, String code, String type, String requestId) {
		super(status, serverMessage, code, type, requestId);
	}
}
