package dev.exashell.boot;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Sleeper;
import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LinePrompt;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.builtin.HelpCommand;
import dev.exashell.cli.builtin.VersionCommand;
import dev.exashell.completion.CompletionCommand;
import dev.exashell.doctor.DoctorCommand;
import dev.exashell.imports.AllPages;
import dev.exashell.imports.CreateCommand;
import dev.exashell.imports.DeleteCommand;
import dev.exashell.imports.FilterCommand;
import dev.exashell.imports.ImportBrowser;
import dev.exashell.imports.ListCommand;
import dev.exashell.imports.PageFetcher;
import dev.exashell.imports.PageStepCommand;
import dev.exashell.imports.PageView;
import dev.exashell.imports.ShowCommand;
import dev.exashell.imports.UpdateCommand;
import dev.exashell.imports.WatchCommand;
import dev.exashell.script.ScriptCommand;
import dev.exashell.script.ScriptRunner;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.ExitCommand;
import dev.exashell.session.LoginCommand;
import dev.exashell.session.LogoutCommand;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.ProfileCommand;
import dev.exashell.session.SecretPrompt;
import dev.exashell.session.Session;
import dev.exashell.session.StatusCommand;
import dev.exashell.watch.ImportWatcher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The shell's commands over one session, wired by hand: the catalog (in help order), the
 * dispatcher and the script runner. The Spring configuration registers what this builds, and
 * tests build the very same thing around a sandbox and a captured {@link IoSource}, so the two
 * cannot drift apart. Commands wired elsewhere (the interactive {@code clear} and
 * {@code history}) come in as {@code more}.
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

	/**
	 * @param output the {@code -o} format the list and show commands render in
	 * @param secrets asks for the key at {@code login}; empty when there is no terminal
	 * @param more further commands to list and dispatch (may be empty)
	 * @param origins the saved profiles, and how a profile becomes a base URL and key
	 * @param confirm asks before {@code delete}; empty when there is no terminal
	 * @param sleeper how {@code watch} waits between polls (its clock is {@code Io.clock()})
	 * @param interrupts how Ctrl-C reaches {@code watch} in this mode
	 */
	public static Commands create(Session session, ApiAccess api, IoSource io, OutputFormat output,
			ErrorReporter reporter, SecretPrompt secrets, List<ShellCommand> more,
			OriginResolver origins, LinePrompt confirm, Sleeper sleeper, Interrupts interrupts) {
		Supplier<PageFetcher> fetcher = () -> new PageFetcher(api.api(), io);
		ImportBrowser browser = new ImportBrowser(session, fetcher);
		PageView view = new PageView(io, output);
		ScriptRunner scripts = new ScriptRunner(io, session);
		AtomicReference<CommandCatalog> built = new AtomicReference<>();
		List<ShellCommand> commands = new ArrayList<>(List.of(
				new ListCommand(browser, new AllPages(api::api, io), view, session, io),
				PageStepCommand.next(browser, view, io),
				PageStepCommand.prev(browser, view, io),
				new ShowCommand(api, session, io, output),
				new FilterCommand(session, browser, view, io),
				new WatchCommand(api, session, io, output, sleeper, interrupts),
				new StatusCommand(session, io),
				new DoctorCommand(session, api, origins.store(), io),
				new LoginCommand(session, secrets, key -> api.clientFor(key).list(null, 1), io, origins.store()),
				new LogoutCommand(session, io, origins.store()),
				new CreateCommand(api, session, io, output, client -> client instanceof ExaClient exa
						? ImportWatcher.forClient(exa) : new ImportWatcher(client, Clock.systemUTC(), Sleeper.SYSTEM)),
				new UpdateCommand(api, session, io, output),
				new DeleteCommand(api, session, io, output, confirm, scripts::running),
				new ProfileCommand(session, origins, io),
				new ScriptCommand(scripts),
				new HelpCommand(built::get, io),
				new VersionCommand(io),
				new CompletionCommand(built::get, io),
				new ExitCommand(session)));
		commands.addAll(more);
		commands.sort(Comparator.comparingInt(c -> rank(c.spec().name())));
		CommandCatalog catalog = new CommandCatalog(commands);
		built.set(catalog);
		CommandDispatcher dispatcher = new CommandDispatcher(catalog, reporter, io);
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
