package dev.exashell.api;

/** Root of everything the client throws. Unchecked; messages never contain the API key. */
public class ExaException extends RuntimeException {

	public ExaException(String message) {
		super(message);
	}

	public ExaException(String message, Throwable cause) {
		super(message, cause);
	}
}
