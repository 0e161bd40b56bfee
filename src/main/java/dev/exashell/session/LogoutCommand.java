package dev.exashell.session;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;

/** {@code logout}: forget the session's API key. */
public final class LogoutCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("logout", "forget the API key for this session");

	private final Session session;
	private final IoSource io;

	public LogoutCommand(Session session, IoSource io) {
		this.session = session;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		boolean had = session.apiKey().isPresent();
		session.forgetKey();
		io.io().err().println(had ? "logged out: the session has no API key now" : "there was no API key to forget");
		return ExitCodes.OK;
	}
}
