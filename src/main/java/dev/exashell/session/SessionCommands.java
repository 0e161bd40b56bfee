package dev.exashell.session;

import dev.exashell.cli.ShellCommand;
import java.util.List;

/** The commands over the session itself: what it remembers, its profile and key, and leaving it. */
public final class SessionCommands {

	private SessionCommands() {
	}

	public static List<ShellCommand> all(CommandContext context) {
		Session session = context.session();
		ApiAccess api = context.api();
		return List.of(
				new StatusCommand(session, context.io()),
				new ProfileCommand(session, context.origins(), context.io()),
				new LoginCommand(session, context.secrets(), key -> api.clientFor(key).list(null, 1), context.io(),
						context.origins().store()),
				new LogoutCommand(session, context.io(), context.origins().store()),
				new ExitCommand(session));
	}
}
