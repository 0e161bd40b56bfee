package dev.exashell.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Client settings for tests: the stub's URL, a fixed clock, recorded sleeps, no jitter. */
final class TestClients {

	static final String KEY = "exa-test-SECRET-key-7f3a";

	static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	static final String IMPORT_JSON = """
			{"id":"imp_1","object":"import","status":"completed","format":"csv","entity":{"type":"company"},\
			"title":"Leads","count":2,"metadata":{"k":"v"},"failedReason":null,"failedAt":null,\
			"failedMessage":null,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:01:00Z"}""";

	static final String CREATED_JSON = IMPORT_JSON.substring(0, IMPORT_JSON.length() - 1)
			+ ",\"uploadUrl\":\"https://up.example/u?sig=1\",\"uploadValidUntil\":\"2026-01-01T01:00:00Z\"}";

	private TestClients() {
	}

	static ClientConfig config(StubServer stub, Sleeper sleeper, HttpTrace trace) {
		return ClientConfig.defaults(KEY, "1.2.3")
			.withBaseUrl(stub.baseUrl())
			.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
			.withTime(Clock.fixed(NOW, ZoneOffset.UTC), sleeper, () -> 0.0)
			.withTrace(trace);
	}

	static ExaClient client(StubServer stub, Sleeper sleeper, HttpTrace trace) {
		return new ExaClient(config(stub, sleeper, trace));
	}
}
