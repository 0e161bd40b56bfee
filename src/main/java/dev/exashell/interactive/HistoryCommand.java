package dev.exashell.interactive;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import java.util.function.Supplier;
import org.jline.reader.History;

/** {@code history}: the commands typed so far, numbered, oldest first. */
final class HistoryCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("history", "list the commands typed so far");

	private final Supplier<History> history;
	private final IoSource io;

	HistoryCommand(Supplier<History> history, IoSource io) {
		this.history = history;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		for (History.Entry entry : history.get()) {
			io.io().out().printf("%5d  %s%n", entry.index() + 1, entry.line());
		}
		return ExitCodes.OK;
	}
}
