package dev.exashell.api;

/** The API answered 2xx but the body could not be read as the expected JSON, or paging went wrong. */
public class InvalidDataException extends ExaException {

	public InvalidDataException(String message) {
		super(message);
	}

	public InvalidDataException(String message, Throwable cause) {
		super(message, cause);
	}
}
