package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.FakeClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AdminApiTests {

	private final FakeClock clock = new FakeClock();
	private final SandboxServer server = SandboxServer
		.start(SandboxOptions.defaults().withImports(50).withFaults("latency:1ms").withClock(clock));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void postingASpecSetsFaultsAndAnEmptyBodyClearsThem() {
		HttpResponse<String> set = client.raw("POST", "/_sandbox/faults", "script:503".getBytes());
		assertThat(set.statusCode()).isEqualTo(204);
		assertThat(set.body()).isEmpty();
		assertThat(set.headers().firstValue("X-Request-Id")).isPresent();
		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEqualTo("script:503");
		assertThat(client.get("/v0/imports").statusCode()).isEqualTo(503);

		client.raw("POST", "/_sandbox/faults", "503:1".getBytes());
		assertThat(client.raw("POST", "/_sandbox/faults", new byte[0]).statusCode()).isEqualTo(204);
		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEmpty();
		assertThat(client.get("/v0/imports").statusCode()).isEqualTo(200);
	}

	@Test
	void aBadSpecIs400AndLeavesTheFaultsAlone() {
		HttpResponse<String> bad = client.raw("POST", "/_sandbox/faults", "503:2".getBytes());
		ErrorResponseTests.assertError(bad, 400, "INVALID_REQUEST", "INVALID_FAULT_SPEC");
		assertThat(ErrorResponseTests.message(bad)).startsWith("bad fault spec: rate for 503");
		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEqualTo("latency:1ms");
	}

	@Test
	void adminRoutesCheckMethodAndPathAndNeedNoKey() {
		ErrorResponseTests.assertError(client.raw("GET", "/_sandbox/reset", null), 405, "METHOD_NOT_ALLOWED",
				"METHOD_NOT_ALLOWED");
		ErrorResponseTests.assertError(client.raw("DELETE", "/_sandbox/faults", null), 405, "METHOD_NOT_ALLOWED",
				"METHOD_NOT_ALLOWED");
		ErrorResponseTests.assertError(client.raw("POST", "/_sandbox/other", null), 404, "NOT_FOUND", "ROUTE_NOT_FOUND");
		assertThat(server.requests().get(0).header("x-api-key")).isNull();
	}

	@Test
	void resetRestoresTheSeededDataStartFaultsAndIdStreams() {
		JsonNode before = SandboxClient.json(client.get("/v0/imports?limit=200"));
		String firstCreated = client.create("{\"type\":\"company\"}").get("id").stringValue();
		String victim = before.get("data").get(3).get("id").stringValue();
		client.send("DELETE", "/v0/imports/" + victim, null);
		client.send("PATCH", "/v0/imports/" + before.get("data").get(5).get("id").stringValue(), "{\"title\":\"changed\"}");
		server.setFaults("script:500,500");

		assertThat(client.raw("POST", "/_sandbox/reset", null).statusCode()).isEqualTo(204);
		assertThat(server.requests()).isEmpty();
		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEqualTo("latency:1ms");
		JsonNode after = SandboxClient.json(client.get("/v0/imports?limit=200"));
		assertThat(after.get("data")).isEqualTo(before.get("data"));
		assertThat(client.get("/v0/imports/" + firstCreated).statusCode()).isEqualTo(404);
		assertThat(client.create("{\"type\":\"company\"}").get("id").stringValue()).isEqualTo(firstCreated);
	}

	@Test
	void resetSeedsAgainstTheClocksCurrentTime() {
		clock.advance(Duration.ofDays(1));
		server.reset();
		JsonNode first = SandboxClient.json(client.get("/v0/imports?limit=1")).get("data").get(0);
		assertThat(first.get("createdAt").stringValue()).startsWith("2026-12-01T");
		assertThat(first.get("status").stringValue()).isIn("pending", "processing");
	}

	@Test
	void setFaultsOnTheServerUsesTheSameGrammar() {
		server.setFaults("script:429");
		assertThat(client.get("/v0/imports").statusCode()).isEqualTo(429);
		server.setFaults("");
		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEmpty();
	}
}
