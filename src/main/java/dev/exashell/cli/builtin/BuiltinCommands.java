package dev.exashell.cli.builtin;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code help} and {@code version}, which need nothing of a session: only where to print and, for
 * help, the catalog of every command (known once all are built).
 */
public final class BuiltinCommands {

	private BuiltinCommands() {
	}

	public static List<ShellCommand> all(IoSource io, Supplier<CommandCatalog> catalog) {
		return List.of(new HelpCommand(catalog, io), new VersionCommand(io));
	}
}
