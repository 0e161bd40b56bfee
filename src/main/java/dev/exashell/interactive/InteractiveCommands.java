package dev.exashell.interactive;

import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.History;

/** The commands of the terminal itself: {@code clear} and {@code history}. */
public final class InteractiveCommands {

	private InteractiveCommands() {
	}

	/** @param history the line reader's history, asked only when {@code history} runs */
	public static List<ShellCommand> all(IoSource io, Supplier<History> history) {
		return List.of(new ClearCommand(io), new HistoryCommand(history, io));
	}
}
