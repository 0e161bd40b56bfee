package dev.exashell.boot;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.builtin.BuiltinCommands;
import dev.exashell.completion.CompletionCommands;
import dev.exashell.doctor.DoctorCommands;
import dev.exashell.imports.ImportsCommands;
import dev.exashell.script.ScriptCommands;
import dev.exashell.script.ScriptRunner;
import dev.exashell.session.CommandContext;
import dev.exashell.session.SessionCommands;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shell's commands over one session: each feature's {@code …Commands.all}, in help order, with
 * the dispatcher and the script runner. The Spring configuration registers what this builds, and
 * tests build the very same thing around a sandbox and a captured {@link IoSource}, so the two
 * cannot drift apart. Commands wired elsewhere (the interactive {@code clear} and {@code history})
 * come in as {@code more}.
 */
public final class Commands {

	/** The order {@code help} lists commands in; commands not named here come last. */
	private static final List<String> ORDER = List.of("list", "next", "prev", "show", "filter", "watch", "create",
			"update", "delete", "status", "doctor", "profile", "login", "logout", "script", "history", "clear", "help", "version", "completion", "exit");

	private final CommandCatalog catalog;
	private final CommandDispatcher dispatcher;
	private final ScriptRunner scripts;

	private Commands(CommandCatalog catalog, CommandDispatcher dispatcher, ScriptRunner scripts) {
		this.catalog = catalog;
		this.dispatcher = dispatcher;
		this.scripts = scripts;
	}

	/** @param more further commands to list and dispatch (may be empty) */
	public static Commands create(CommandContext context, List<ShellCommand> more) {
		ScriptRunner scripts = new ScriptRunner(context.io(), context.session());
		AtomicReference<CommandCatalog> built = new AtomicReference<>();
		List<ShellCommand> commands = new ArrayList<>();
		commands.addAll(ImportsCommands.all(context, scripts::running));
		commands.addAll(SessionCommands.all(context));
		commands.addAll(DoctorCommands.all(context));
		commands.addAll(ScriptCommands.all(scripts));
		commands.addAll(BuiltinCommands.all(context.io(), built::get));
		commands.addAll(CompletionCommands.all(context, built::get));
		commands.addAll(more);
		commands.sort(Comparator.comparingInt(c -> rank(c.spec().name())));
		CommandCatalog catalog = new CommandCatalog(commands);
		built.set(catalog);
		CommandDispatcher dispatcher = new CommandDispatcher(catalog, context.reporter(), context.io());
		scripts.attach(dispatcher);
		return new Commands(catalog, dispatcher, scripts);
	}

	private static int rank(String name) {
		int index = ORDER.indexOf(name);
		return index < 0 ? ORDER.size() : index;
	}

	public CommandCatalog catalog() {
		return catalog;
	}

	public CommandDispatcher dispatcher() {
		return dispatcher;
	}

	public ScriptRunner scripts() {
		return scripts;
	}
}
