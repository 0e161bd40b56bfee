package dev.exashell.api;

/** HTTP 403 Forbidden. */
public class PermissionDeniedException extends ApiException {

	public PermissionDeniedException(int status, String serverMessage, String code, String type, String requestId) {
		super(status, serverMessage, code, type, requestId);
	}
}
