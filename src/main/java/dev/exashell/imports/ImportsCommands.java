package dev.exashell.imports;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Sleeper;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.CommandContext;
import dev.exashell.session.Session;
import dev.exashell.watch.ImportWatcher;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The commands over imports: browsing (list, next, prev, filter, show), watch, and create, update, delete. */
public final class ImportsCommands {

	private ImportsCommands() {
	}

	/** @param inScript whether a script is running, where {@code delete} cannot ask */
	public static List<ShellCommand> all(CommandContext context, BooleanSupplier inScript) {
		Session session = context.session();
		ApiAccess api = context.api();
		IoSource io = context.io();
		Supplier<PageFetcher> fetcher = () -> new PageFetcher(api.api(), io);
		ImportBrowser browser = new ImportBrowser(session, fetcher);
		PageView view = new PageView(io, context.output());
		return List.of(
				new ListCommand(browser, new AllPages(api::api, io), view, session, io),
				PageStepCommand.next(browser, view, io),
				PageStepCommand.prev(browser, view, io),
				new ShowCommand(api, session, io, context.output()),
				new FilterCommand(session, browser, view, io),
				new WatchCommand(api, session, io, context.output(), context.sleeper(), context.interrupts()),
				new CreateCommand(api, session, io, context.output(), client -> client instanceof ExaClient exa
						? ImportWatcher.forClient(exa) : new ImportWatcher(client, Clock.systemUTC(), Sleeper.SYSTEM)),
				new UpdateCommand(api, session, io, context.output()),
				new DeleteCommand(api, session, io, context.output(), context.confirm(), inScript));
	}
}
