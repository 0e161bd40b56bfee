package dev.exashell.api;

/** The request did not get an HTTP answer: connection refused or reset, timeout, interrupted. */
public class ApiIoException extends ExaException {

	public ApiIoException(String message, Throwable cause) {
		super(message, cause);
	}
}
