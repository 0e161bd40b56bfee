package dev.exashell.api;

/** The caller's input was rejected before anything was sent (blank id, unreadable file, bad upload URL). */
public class InvalidInputException extends ExaException {

	public InvalidInputException(String message) {
		super(message);
	}

	public InvalidInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
