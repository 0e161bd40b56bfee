package dev.exashell.cli;

/** Bad input: unknown command or option, a bad value, a bad script line. Exit code 2. */
public class UsageException extends CliException {

	public UsageException(String message) {
		this(message, null);
	}

	public UsageException(String message, String hint) {
		super(ExitCodes.USAGE, message, hint);
	}
}
