package dev.exashell.imports;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;

/** {@code next}: the page after the current one, same size and filter. At the end it says so and succeeds. */
public final class NextCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("next", "show the next page of the current listing")
		.alias("n")
		.option("max-pages", ValueType.INT, "N", "with a status filter: read at most N API pages")
		.example("list --limit 10")
		.example("next");

	private final ImportBrowser browser;
	private final PageView view;
	private final IoSource io;

	public NextCommand(ImportBrowser browser, PageView view, IoSource io) {
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
		browser.next(in.integer("max-pages").orElse(0)).ifPresentOrElse(view::show,
				() -> io.io().err().println("end of list: there is no next page (prev goes back, list starts over)"));
		return ExitCodes.OK;
	}
}
