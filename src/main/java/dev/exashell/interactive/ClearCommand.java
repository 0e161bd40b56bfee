package dev.exashell.interactive;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;

/** {@code clear}: clears the terminal screen (does nothing when output is not a terminal). */
final class ClearCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("clear", "clear the screen");

	private final IoSource io;

	ClearCommand(IoSource io) {
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		if (io.io().tty()) {
			io.io().out().print("\033[H\033[2J");
			io.io().out().flush();
		}
		return ExitCodes.OK;
	}
}
