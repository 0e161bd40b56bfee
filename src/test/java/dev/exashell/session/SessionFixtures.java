package dev.exashell.session;

import dev.exashell.cli.ShellCommand;

/** The session's commands for tests in other packages, which cannot reach the package-private classes. */
public final class SessionFixtures {

	private SessionFixtures() {
	}

	/** The real {@code exit}: asks {@code session} to end. */
	public static ShellCommand exit(Session session) {
		return new ExitCommand(session);
	}
}
