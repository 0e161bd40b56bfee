package dev.exashell.session;

import dev.exashell.api.ShownUrls;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.Version;
import java.io.PrintWriter;
import java.util.TreeSet;

/** {@code status}: everything the session remembers, the key masked. */
public final class StatusCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("status", "show what this session remembers");

	private final Session session;
	private final IoSource io;

	public StatusCommand(Session session, IoSource io) {
		this.session = session;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		PrintWriter out = io.io().out();
		row(out, "version", Version.current());
		row(out, "base URL", ShownUrls.of(session.baseUrl()) + (session.sandbox() ? " (embedded sandbox)" : ""));
		session.profile().ifPresent(profile -> row(out, "profile", profile));
		row(out, "API key", session.sandbox() ? ApiKey.SANDBOX_NOTE : session.apiKey()
			.map(k -> k.masked() + " (from " + k.origin(session.profile().orElse("")) + ")")
			.orElse("none: set EXA_API_KEY or run login"));
		row(out, "filter", session.statusFilter().isEmpty() ? "none"
				: "status in " + String.join(",", new TreeSet<>(session.statusFilter())));
		session.page().ifPresentOrElse(page -> {
			row(out, "page", (session.depth() + 1) + " · " + page.items().size() + " imports · limit " + page.limit());
			row(out, "page cursor", page.start().cursor() == null ? "(first page)" : page.start().cursor());
			row(out, "next cursor", page.next() == null ? "(end of list)" : page.next().cursor());
			row(out, "has more", String.valueOf(!page.isLast()));
			row(out, "rows", page.items().isEmpty() ? "none" : "1-" + page.items().size() + " (show N)");
		}, () -> row(out, "page", "none yet: run list"));
		return ExitCodes.OK;
	}

	private static void row(PrintWriter out, String label, String value) {
		out.printf("%-12s %s%n", label, value);
	}
}
