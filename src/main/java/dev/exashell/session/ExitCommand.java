package dev.exashell.session;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.ShellCommand;

/** {@code exit} / {@code quit}: leave the shell (or stop a script) with exit code 0. */
final class ExitCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("exit", "leave the shell").alias("quit");

	private final Session session;

	ExitCommand(Session session) {
		this.session = session;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		session.requestExit();
		return ExitCodes.OK;
	}
}
