package dev.exashell.imports;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.session.Position;
import dev.exashell.session.Session;

/**
 * {@code filter --status S}: sets the session's status filter and shows its first page;
 * {@code filter --clear} drops it; {@code filter} alone says what is active.
 */
final class FilterCommand implements ShellCommand {

	private static final OptionKey<Boolean> CLEAR = OptionKey.flag("clear");

	private static final CommandSpec SPEC = CommandSpec.command("filter", "filter listings by status")
		.option(Statuses.OPTION)
		.flag(CLEAR, "drop the filter")
		.option(OutputOption.OPTION)
		.option(ListRequest.LIMIT, "N", "matches per page, 1..200 (default 25)")
		.range(1, ListRequest.MAX_LIMIT, ListRequest.LIMIT_HINT)
		.option(Statuses.MAX_PAGES, "N", "read at most N API pages of 200 per page shown")
		.details("""
				The API cannot filter, so exa-shell reads pages of 200 until it has a page of matches
				or reaches the end, and says what it did. list, next and prev use the filter until
				filter --clear. next resumes exactly where the scan stopped.""")
		.example("filter --status failed")
		.example("filter --status pending,processing --max-pages 5")
		.example("filter --clear");

	private final Session session;
	private final ImportBrowser browser;
	private final PageView view;
	private final IoSource io;

	FilterCommand(Session session, ImportBrowser browser, PageView view, IoSource io) {
		this.session = session;
		this.browser = browser;
		this.view = view;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		int maxPages = Statuses.maxPages(in);
		if (in.has(CLEAR)) {
			if (in.has(Statuses.STATUS)) {
				throw new UsageException("give either --status or --clear, not both", null);
			}
			session.setStatusFilter(java.util.Set.of());
			io.io().err().println("filter cleared: list shows every import");
			return ExitCodes.OK;
		}
		if (!in.has(Statuses.STATUS)) {
			io.io().out().println(session.statusFilter().isEmpty() ? "no filter"
					: "status in " + String.join(",", new java.util.TreeSet<>(session.statusFilter())));
			return ExitCodes.OK;
		}
		session.setStatusFilter(StatusFilter.parse(in.get(Statuses.STATUS).orElseThrow(), io.io().err()));
		ListRequest request = new ListRequest(in.get(ListRequest.LIMIT).orElse(ListRequest.DEFAULT_LIMIT), Position.START,
				session.statusFilter(), maxPages);
		view.show(browser.list(request), OutputOption.of(in, view.format()));
		return ExitCodes.OK;
	}
}
