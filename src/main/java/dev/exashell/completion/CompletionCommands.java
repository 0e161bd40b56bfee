package dev.exashell.completion;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.ShellCommand;
import dev.exashell.session.CommandContext;
import java.util.List;
import java.util.function.Supplier;

/** {@code completion}, which describes every command of {@code catalog} (known once all are built). */
public final class CompletionCommands {

	private CompletionCommands() {
	}

	public static List<ShellCommand> all(CommandContext context, Supplier<CommandCatalog> catalog) {
		return List.of(new CompletionCommand(catalog, context.io()));
	}
}
