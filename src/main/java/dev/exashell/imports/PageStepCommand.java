package dev.exashell.imports;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code next} and {@code prev}: one step through the current listing, same page size and filter.
 * Past either end they say so and succeed; before any listing they explain what to do.
 */
final class PageStepCommand implements ShellCommand {

	private final CommandSpec spec;
	private final IntFunction<Optional<PageResult>> step;
	private final String atTheEnd;
	private final PageView view;
	private final IoSource io;

	private PageStepCommand(CommandSpec spec, IntFunction<Optional<PageResult>> step, String atTheEnd, PageView view,
			IoSource io) {
		this.spec = spec;
		this.step = step;
		this.atTheEnd = atTheEnd;
		this.view = view;
		this.io = io;
	}

	static PageStepCommand next(ImportBrowser browser, PageView view, IoSource io) {
		return new PageStepCommand(spec("next", "n", "show the next page of the current listing"), browser::next,
				"end of list: there is no next page (prev goes back, list starts over)", view, io);
	}

	static PageStepCommand prev(ImportBrowser browser, PageView view, IoSource io) {
		return new PageStepCommand(spec("prev", "p", "show the previous page of the current listing"), browser::prev,
				"already at the first page", view, io);
	}

	private static CommandSpec spec(String name, String alias, String summary) {
		return CommandSpec.command(name, summary)
			.alias(alias)
			.option(Statuses.MAX_PAGES, "N", "with a status filter: read at most N API pages")
			.option(OutputOption.OPTION)
			.example("list --limit 10")
			.example(name);
	}

	@Override
	public CommandSpec spec() {
		return spec;
	}

	@Override
	public int run(Invocation in) {
		step.apply(Statuses.maxPages(in)).ifPresentOrElse(
				page -> view.show(page, OutputOption.of(in, view.format())), () -> io.io().err().println(atTheEnd));
		return ExitCodes.OK;
	}
}
