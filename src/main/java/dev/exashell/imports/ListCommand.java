package dev.exashell.imports;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.session.Position;
import dev.exashell.session.Session;
import java.util.Set;

/** {@code list}: the first page of imports (or the page at a cursor), or with {@code --all} every page. */
final class ListCommand implements ShellCommand {

	private static final OptionKey<String> CURSOR = OptionKey.text("cursor");
	private static final OptionKey<Boolean> ALL = OptionKey.flag("all");
	private static final OptionKey<Integer> MAX_ITEMS = OptionKey.integer("max-items");

	static final CommandSpec SPEC = CommandSpec.command("list", "list imports, newest first").alias("ls")
		.option(ListRequest.LIMIT, "N", "imports per page, 1..200 (default 25)")
		.range(1, ListRequest.MAX_LIMIT, ListRequest.LIMIT_HINT)
		.option(CURSOR, "C", "start at this cursor (a nextCursor from -o json, or a resume hint's)")
		.option(Statuses.OPTION)
		.flag(ALL, "every page, printed as it arrives")
		.option(OutputOption.OPTION)
		.option(MAX_ITEMS, "N", "with --all: stop after N imports")
		.option(Statuses.MAX_PAGES, "N", "with a status filter: read at most N API pages per page shown")
		.details("The footer says whether there is more: 'next' shows the following page.")
		.example("list")
		.example("list --limit 5")
		.example("list --status failed")
		.example("list --all --max-items 500 -o jsonl")
		.shellExample("list --all -o jsonl > imports.jsonl");

	private final ImportBrowser browser;
	private final AllPages allPages;
	private final PageView view;
	private final Session session;
	private final IoSource io;

	ListCommand(ImportBrowser browser, AllPages allPages, PageView view, Session session, IoSource io) {
		this.io = io;
		this.browser = browser;
		this.allPages = allPages;
		this.view = view;
		this.session = session;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		Set<String> statuses = in.get(Statuses.STATUS).map(text -> StatusFilter.parse(text, io.io().err()))
			.orElse(session.statusFilter());
		Position start = in.get(CURSOR).map(Position::parse).orElse(Position.START);
		ListRequest request = new ListRequest(in.get(ListRequest.LIMIT).orElse(ListRequest.DEFAULT_LIMIT), start, statuses,
				Statuses.maxPages(in));
		OutputFormat format = OutputOption.of(in, view.format());
		if (!in.has(ALL) && in.has(MAX_ITEMS)) {
			throw new UsageException("--max-items only applies with --all", "add --all, or drop --max-items");
		}
		if (in.has(ALL)) {
			allPages.stream(request, in.get(MAX_ITEMS).map(Statuses::positive).orElse(Long.MAX_VALUE), format);
			return ExitCodes.OK;
		}
		view.show(browser.list(request), format);
		return ExitCodes.OK;
	}
}
