package dev.exashell.cli;

import dev.exashell.api.ExaException;

/**
 * An error the shell itself detects, carrying its own exit code and an optional hint line.
 * {@link ExitCodes} maps these and the client's exceptions to what the user sees.
 */
public class CliException extends ExaException {

	private final int exitCode;
	private final String hint;

	public CliException(int exitCode, String message, String hint) {
		super(message);
		this.exitCode = exitCode;
		this.hint = hint;
	}

	public int exitCode() {
		return exitCode;
	}

	public String hint() {
		return hint;
	}
}
