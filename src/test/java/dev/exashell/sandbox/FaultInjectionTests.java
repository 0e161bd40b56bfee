package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class FaultInjectionTests {

	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withImports(30));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aScriptPlaysOutInOrderThenServesNormally() {
		server.setFaults("script:503,503,ok,429,500,502");
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			statuses.add(client.send("POST", "/v0/imports", "{}").statusCode());
		}
		assertThat(statuses).containsExactly(503, 503, 400, 429, 500, 502, 400, 400);
	}

	@Test
	void injectedErrorsAreEnvelopesWithTheRightStatusAndHeaders() {
		server.setFaults("script:429,500,502,503");
		HttpResponse<String> limited = client.get("/v0/imports");
		ErrorResponseTests.assertError(limited, 429, "RATE_LIMITED", "RATE_LIMIT_EXCEEDED");
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
		ErrorResponseTests.assertError(client.get("/v0/imports"), 500, "INTERNAL_ERROR", "INTERNAL_ERROR");
		ErrorResponseTests.assertError(client.get("/v0/imports"), 502, "BAD_GATEWAY", "BAD_GATEWAY");
		HttpResponse<String> unavailable = client.get("/v0/imports");
		ErrorResponseTests.assertError(unavailable, 503, "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE");
		assertThat(unavailable.headers().firstValue("Retry-After")).isEmpty();
	}

	@Test
	void resetClosesTheConnectionBeforeAnyByteSoTheRequestFails() {
		server.setFaults("script:reset");
		assertThatThrownBy(() -> client.send("POST", "/v0/imports", "{}")).isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(IOException.class);
		assertThat(server.requests()).hasSize(1);
		assertThat(client.send("POST", "/v0/imports", "{}").statusCode()).isEqualTo(400);
	}

	@Test
	void aResetGetFailsUnlessTheJdkClientResendsIt() {
		// The JDK client may resend a GET once when the connection closes before any byte,
		// depending on when it notices the close: either the resend gets the next script step,
		// or the request fails. Both show the sandbox answered nothing.
		server.setFaults("script:reset,ok");
		try {
			assertThat(client.get("/v0/imports").statusCode()).isEqualTo(200);
			assertThat(server.requests()).hasSize(2);
		}
		catch (UncheckedIOException e) {
			assertThat(e).hasCauseInstanceOf(IOException.class);
			assertThat(server.requests()).hasSize(1);
		}
		server.setFaults("script:reset,reset");
		int before = server.requests().size();
		assertThatThrownBy(() -> client.get("/v0/imports")).isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(IOException.class);
		assertThat(server.requests().size() - before).isBetween(1, 2);
	}

	@Test
	void dropSendsHeadersThenClosesSoEvenAGetFailsAtOnce() {
		server.setFaults("script:drop,drop");
		assertThatThrownBy(() -> client.get("/v0/imports")).isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(IOException.class);
		assertThatThrownBy(() -> client.send("DELETE", "/v0/imports/nope", null)).isInstanceOf(UncheckedIOException.class);
		assertThat(server.requests()).hasSize(2);
		assertThat(client.get("/v0/imports").statusCode()).isEqualTo(200);
	}

	@Test
	void malformedIsTheRealAnswerCutOffHalfWay() throws Exception {
		HttpRequest request = client.request("/v0/imports?limit=3").GET().build();
		byte[] whole = client.http.send(request, BodyHandlers.ofByteArray()).body();
		server.setFaults("script:malformed");
		HttpResponse<byte[]> cut = client.http.send(request, BodyHandlers.ofByteArray());
		assertThat(cut.statusCode()).isEqualTo(200);
		assertThat(cut.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(cut.body()).hasSize(whole.length / 2).isEqualTo(Arrays.copyOf(whole, whole.length / 2));
		assertThatThrownBy(() -> SandboxClient.JSON.readTree(cut.body())).isInstanceOf(JacksonException.class);
		assertThat(SandboxClient.JSON.readTree(whole).get("data")).hasSize(3);
	}

	@Test
	void staleCursorAnswersEveryListWithTheFirstPageAndTheSameNextCursor() {
		String firstPage = client.get("/v0/imports?limit=10").body();
		String cursor = SandboxClient.JSON.readTree(firstPage).get("nextCursor").asString();
		server.setFaults("stale-cursor:1");

		for (String query : List.of("?limit=10", "?limit=10&cursor=" + cursor, "?limit=10&cursor=" + cursor)) {
			assertThat(client.get("/v0/imports" + query).body()).isEqualTo(firstPage);
		}
		HttpResponse<String> all = client.get("/v0/imports?limit=200");
		assertThat(SandboxClient.JSON.readTree(all.body()).get("data")).hasSize(30);
		assertThat(SandboxClient.JSON.readTree(all.body()).get("hasMore").asBoolean()).isTrue();
		assertThat(client.get("/v0/imports?limit=200&cursor=" + SandboxClient.JSON.readTree(all.body())
			.get("nextCursor").asString()).body()).isEqualTo(all.body());
		assertThat(client.get("/v0/imports/missing").statusCode()).isEqualTo(404);
	}

	@Test
	void latencyDelaysEveryApiResponse() {
		server.setFaults("latency:200ms");
		long start = System.nanoTime();
		assertThat(client.get("/v0/imports?limit=1").statusCode()).isEqualTo(200);
		assertThat(client.get("/v0/imports/missing").statusCode()).isEqualTo(404);
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(elapsedMillis).isBetween(400L, 3_000L);
	}

	@Test
	void ratesAreReproducibleForTheSameSeed() {
		server.setFaults("503:0.3,429:0.2");
		List<Integer> first = statuses(20);
		server.setFaults("503:0.3,429:0.2");
		assertThat(statuses(20)).isEqualTo(first).contains(200, 503, 429);
	}

	@Test
	void uploadsAdminAndOtherPathsAreNeverFaulted() {
		JsonCreated created = new JsonCreated(client.create("{\"type\":\"company\"}").get("uploadUrl").stringValue());
		server.setFaults("503:1,latency:1s");
		long start = System.nanoTime();
		assertThat(client.raw("PUT", created.uploadUrl(), "url\nacme.com\n".getBytes()).statusCode()).isEqualTo(200);
		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEqualTo("503:1,latency:1s");
		assertThat(client.raw("GET", "/nowhere", null).statusCode()).isEqualTo(404);
		assertThat(System.nanoTime() - start).isLessThan(900_000_000L);
	}

	@Test
	void faultsGivenAtStartApplyFromTheFirstRequest() {
		try (SandboxServer faulty = SandboxServer.start(SandboxOptions.defaults().withImports(1).withFaults("script:502,ok"))) {
			SandboxClient other = new SandboxClient(faulty);
			assertThat(other.get("/v0/imports").statusCode()).isEqualTo(502);
			assertThat(other.get("/v0/imports").statusCode()).isEqualTo(200);
		}
		assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.defaults().withFaults("oops")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bad fault spec");
	}

	private List<Integer> statuses(int n) {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			statuses.add(client.get("/v0/imports?limit=1").statusCode());
		}
		return statuses;
	}

	private record JsonCreated(String uploadUrl) {
	}
}
