package dev.exashell.imports;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;

/** {@code prev}: the page before the current one. On the first page it says so and succeeds. */
public final class PrevCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("prev", "show the previous page of the current listing")
		.alias("p")
		.option("max-pages", ValueType.INT, "N", "with a status filter: read at most N API pages")
		.example("next")
		.example("prev");

	private final ImportBrowser browser;
	private final PageView view;
	private final IoSource io;

	public PrevCommand(ImportBrowser browser, PageView view, IoSource io) {
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
		browser.prev(in.integer("max-pages").orElse(0)).ifPresentOrElse(view::show,
				() -> io.io().err().println("already at the first page"));
		return ExitCodes.OK;
	}
}
