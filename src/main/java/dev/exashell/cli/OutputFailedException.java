package dev.exashell.cli;

import dev.exashell.api.ExaException;
import java.io.IOException;

/**
 * Standard output (or the interactive terminal) refused a write: a full disk, a closed descriptor,
 * or a pipe whose reader has gone. Thrown at the write, or at the flush after each page or event
 * line, so a long walk stops there; {@link ErrorReporter} says {@code cannot write output: <reason>}
 * with exit 1, or, for a closed pipe, nothing with exit 141 as {@code yes | head} gives.
 */
public class OutputFailedException extends ExaException {

	private static final String BROKEN_PIPE = "Broken pipe";

	private final String reason;

	public OutputFailedException(IOException cause) {
		super("cannot write output: " + reasonOf(cause), cause);
		this.reason = reasonOf(cause);
	}

	/** The system's reason, e.g. {@code No space left on device}. */
	public String reason() {
		return reason;
	}

	/** The reader of a pipe has gone (EPIPE): the user asked for no more, so nothing is said. */
	public boolean brokenPipe() {
		return reason.equals(BROKEN_PIPE);
	}

	private static String reasonOf(IOException cause) {
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}
}
