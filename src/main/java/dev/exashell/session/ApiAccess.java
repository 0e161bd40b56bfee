package dev.exashell.session;

import dev.exashell.api.ImportsApi;
import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import java.net.URI;
import java.util.function.BiFunction;

/**
 * The API client for the session's current key and base URL, built on first use and rebuilt
 * when either changes (login, logout, profile use). Without a key it refuses with exit code 4.
 */
public final class ApiAccess {

	private final Session session;
	private final BiFunction<URI, String, ImportsApi> clients;
	private ImportsApi client;
	private String clientKey;
	private URI clientBase;

	public ApiAccess(Session session, BiFunction<URI, String, ImportsApi> clients) {
		this.session = session;
		this.clients = clients;
	}

	public ImportsApi api() {
		ApiKey key = session.apiKey().orElseThrow(this::noKey);
		// the client depends on the key's text and the URL only (where the key came from does not
		// matter); a String compare also spares every call the record's generated equals
		if (client == null || !key.value().equals(clientKey) || !session.baseUrl().equals(clientBase)) {
			client = clients.apply(session.baseUrl(), key.value());
			clientKey = key.value();
			clientBase = session.baseUrl();
		}
		return client;
	}

	private CliException noKey() {
		return session.missingKey()
			.map(missing -> new CliException(ExitCodes.AUTH, "no API key is set: " + missing.reason(), missing.hint()))
			.orElseGet(() -> new CliException(ExitCodes.AUTH, "no API key is set",
					"export EXA_API_KEY=<your key>, run login, or start with --sandbox"));
	}

	/** A client for another key against the same base URL, e.g. to check a key before keeping it. */
	public ImportsApi clientFor(String key) {
		return clients.apply(session.baseUrl(), key);
	}
}
