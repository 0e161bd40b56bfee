package dev.exashell.cli.builtin;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.cli.ShellCommand;

/** {@code version}: what runs (see {@link RuntimeReport}). */
final class VersionCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("version", "show the exa-shell version and commit, the Java runtime and the start-up cache");

	private final IoSource io;

	VersionCommand(IoSource io) {
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		RuntimeReport.current().lines().forEach(io.io().out()::println);
		return ExitCodes.OK;
	}
}
