package dev.exashell.doctor;

import dev.exashell.cli.CliException;
import dev.exashell.doctor.ServerProbe.Outcome;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.ApiKey;
import dev.exashell.session.Session;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of the API the session talks to: where the key comes from (masked), and from one
 * {@code list --limit 1}: whether the base URL answers, whether the key is accepted, the round trip
 * and the clock's skew against the server's {@code Date}.
 */
final class ApiChecks {

	/** Beyond this, the local clock is flagged: relative times and {@code Retry-After} dates go wrong. */
	static final Duration SKEW_LIMIT = Duration.ofSeconds(60);

	/** Slower than this, the round trip is flagged. */
	static final long SLOW_MILLIS = 3000;

	private final Session session;
	private final ApiAccess api;
	private final ServerProbe probe;
	private final Clock clock;

	ApiChecks(Session session, ApiAccess api, ServerProbe probe, Clock clock) {
		this.session = session;
		this.api = api;
		this.probe = probe;
		this.clock = clock;
	}

	List<Check> run() {
		URI base;
		Optional<ApiKey> key;
		try {
			base = session.baseUrl();
			key = session.apiKey();
		}
		catch (CliException e) {
			return List.of(Check.fail("API", "not checked: " + e.getMessage(), e.hint()));
		}
		List<Check> checks = new ArrayList<>();
		checks.add(key(key));
		Outcome outcome = probe.probe(api.clientFor(key.map(ApiKey::value).orElse(null)));
		checks.add(ApiAnswers.baseUrl(base, outcome));
		if (outcome.status() == null || outcome.failure() != null) {
			return checks;
		}
		if (key.isPresent()) {
			ApiAnswers.keyAccepted(outcome.status()).ifPresent(checks::add);
		}
		checks.add(outcome.millis() > SLOW_MILLIS ? Check.fail("round trip", outcome.millis() + " ms",
				"the API answers slowly from here: check your network, VPN or proxy")
				: Check.pass("round trip", outcome.millis() + " ms"));
		checks.add(ApiAnswers.clock(outcome.serverDate(), clock.instant()));
		return checks;
	}

	private Check key(Optional<ApiKey> key) {
		if (session.sandbox()) {
			return Check.pass("API key", "none needed (embedded sandbox)");
		}
		return key.map(k -> Check.pass("API key", k.masked() + " (from " + k.origin(session.profile().orElse("")) + ")"))
			.orElseGet(() -> Check.fail("API key", "none set",
					"export EXA_API_KEY=<your key>, or run login --save (exa-shell --sandbox needs none)"));
	}
}
