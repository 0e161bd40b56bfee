package dev.exashell.doctor;

import dev.exashell.cli.LaunchOptions;
import dev.exashell.doctor.ServerProbe.Outcome;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** What {@code doctor}'s one request says about the base URL, the key and the clock. */
final class ApiAnswers {

	private ApiAnswers() {
	}

	static Check baseUrl(URI base, Outcome outcome) {
		if (outcome.status() == null) {
			return Check.fail("base URL", base + " · " + outcome.failure(),
					"check the URL (--base-url, EXA_BASE_URL or the profile's) and your network");
		}
		if (outcome.failure() != null) {
			return Check.fail("base URL", base + " · answered " + outcome.status() + ", but not as the Imports API: "
					+ outcome.failure(), "check the URL: the API's is " + LaunchOptions.DEFAULT_BASE_URL);
		}
		int status = outcome.status();
		if (status >= 200 && status <= 299 || status == 401 || status == 403) {
			return Check.pass("base URL", base + " · answers");
		}
		String found = base + " · answered " + status + " to GET /v0/imports?limit=1";
		if (status == 404) {
			return Check.fail("base URL", found, "check the URL: the API's is " + LaunchOptions.DEFAULT_BASE_URL);
		}
		if (status == 429) {
			return Check.fail("base URL", found + " (rate limited)", "wait a minute and run doctor again");
		}
		return Check.fail("base URL", found, "the API has trouble: try again in a few minutes");
	}

	/** Empty when the status says nothing about the key (the base URL check has failed). */
	static Optional<Check> keyAccepted(int status) {
		if (status >= 200 && status <= 299) {
			return Optional.of(Check.pass("key accepted", "list --limit 1 answered " + status));
		}
		if (status == 401) {
			return Optional.of(Check.fail("key accepted", "no: the API refused the key (401)",
					"check the key, or run login --save with a new one (dashboard.exa.ai)"));
		}
		if (status == 403) {
			return Optional.of(Check.fail("key accepted", "no: the key may not list imports (403)",
					"use a key with Websets access (dashboard.exa.ai)"));
		}
		return Optional.empty();
	}

	static Check clock(Instant serverDate, Instant now) {
		if (serverDate == null) {
			return Check.pass("clock", "not compared: the server sent no Date header");
		}
		Duration skew = Duration.between(serverDate, now);
		Duration size = skew.abs();
		String side = skew.isNegative() ? " behind" : " ahead of";
		if (size.compareTo(Duration.ofSeconds(2)) < 0) {
			return Check.pass("clock", "in step with the server's Date (within 2 s)");
		}
		String found = format(size) + side + " the server's Date";
		return size.compareTo(ApiChecks.SKEW_LIMIT) > 0
				? Check.fail("clock", found, "set the clock right, e.g. sudo timedatectl set-ntp true")
				: Check.pass("clock", found);
	}

	/** Whole seconds up to 2 minutes, then whole minutes up to 2 hours, then whole hours. */
	static String format(Duration size) {
		long seconds = Math.round(size.toMillis() / 1000.0);
		if (seconds < 120) {
			return seconds + " s";
		}
		long minutes = Math.round(seconds / 60.0);
		return minutes < 120 ? minutes + " min" : Math.round(minutes / 60.0) + " h";
	}
}
