package dev.exashell.cli.builtin;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.Version;

/** {@code version}: exa-shell's version and the Java running it. */
public final class VersionCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("version", "show the exa-shell and Java versions");

	private final IoSource io;

	public VersionCommand(IoSource io) {
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		io.io().out().println("exa-shell " + Version.current() + " (Java " + Runtime.version() + ")");
		return ExitCodes.OK;
	}
}
