package dev.exashell.interactive;

import dev.exashell.cli.Version;
import dev.exashell.session.Session;

/** The one line the interactive shell starts with. */
final class Banner {

	private Banner() {
	}

	static String line(Session session) {
		String where = session.sandbox() ? session.baseUrl() + " (sandbox)" : session.baseUrl().toString();
		String key = session.apiKey()
			.map(k -> "key " + k.masked() + " from " + k.origin(session.profile().orElse("")))
			.orElse("no API key (set EXA_API_KEY or run login)");
		return "exa-shell " + Version.current() + " · " + where + " · " + key + " · type help";
	}
}
