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
	private final boolean toPipe;

	public OutputFailedException(IOException cause) {
		this(cause, false);
	}

	/** @param toPipe the output is a pipe, where a failed write means its reader has gone, in any locale */
	public OutputFailedException(IOException cause, boolean toPipe) {
		super("cannot write output: " + reasonOf(cause), cause);
		this.reason = reasonOf(cause);
		this.toPipe = toPipe;
	}

	/** The system's reason, e.g. {@code No space left on device}. */
	public String reason() {
		return reason;
	}

	/**
	 * The reader of a pipe has gone (EPIPE): the user asked for no more, so nothing is said. Known
	 * from the output being a pipe, else from the C library's English message.
	 */
	public boolean brokenPipe() {
		return toPipe || reason.equals(BROKEN_PIPE);
	}

	private static String reasonOf(IOException cause) {
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}
}
