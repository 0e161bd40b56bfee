package dev.exashell.interactive;

import dev.exashell.api.ShownUrls;
import dev.exashell.cli.Version;
import dev.exashell.session.ApiKey;
import dev.exashell.session.Session;

/** The one line the interactive shell starts with. */
final class Banner {

	private Banner() {
	}

	static String line(Session session) {
		String where = ShownUrls.of(session.baseUrl()) + (session.sandbox() ? " (sandbox)" : "");
		String key = session.sandbox() ? ApiKey.SANDBOX_NOTE : session.apiKey()
			.map(k -> "key " + k.masked() + " from " + k.origin(session.profile().orElse("")))
			.orElse("no API key (set EXA_API_KEY or run login)");
		return "exa-shell " + Version.current() + " · " + where + " · " + key + " · type help";
	}
}
