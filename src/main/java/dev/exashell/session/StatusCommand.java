package dev.exashell.session;

import dev.exashell.api.ShownUrls;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.Version;
import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code status}: everything the session remembers, the key masked. {@code filter} is the session's
 * (what the next {@code list} uses); the page rows are the current listing's own: its filter (a
 * {@code list --status} sets no session filter) and where it starts and goes on, as cursors
 * {@code list --cursor} takes.
 */
final class StatusCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("status", "show what this session remembers");

	private final Session session;
	private final IoSource io;

	StatusCommand(Session session, IoSource io) {
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
		row(out, "filter", statuses(session.statusFilter()));
		session.page().ifPresentOrElse(page -> {
			row(out, "page", (session.depth() + 1) + " · " + page.items().size()
					+ (page.items().size() == 1 ? " import" : " imports") + " · limit " + page.limit());
			if (!page.statuses().isEmpty()) {
				row(out, "page filter", statuses(page.statuses()));
			}
			row(out, "page cursor", page.start().equals(Position.START) ? "(first page)" : page.start().token());
			row(out, "next cursor", page.isLast() ? "(end of list)" : page.next().token());
			row(out, "has more", String.valueOf(!page.isLast()));
			row(out, "rows", page.items().isEmpty() ? "none" : "1-" + page.items().size() + " (show N)");
		}, () -> row(out, "page", "none yet: run list"));
		return ExitCodes.OK;
	}

	private static String statuses(Set<String> statuses) {
		return statuses.isEmpty() ? "none" : "status in " + String.join(",", new TreeSet<>(statuses));
	}

	private static void row(PrintWriter out, String label, String value) {
		out.printf("%-12s %s%n", label, value);
	}
}
