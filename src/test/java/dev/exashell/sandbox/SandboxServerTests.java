package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SandboxServerTests {

	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withImports(20));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void theBaseUrlIsLoopbackWebsets() {
		assertThat(server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/websets");
		assertThat(server.port()).isPositive();
	}

	@Test
	void everyResponseCarriesAUniqueRequestId() {
		JsonNode created = client.create("{\"type\":\"company\"}");
		server.setFaults("script:429,503,malformed,drop");
		List<HttpResponse<String>> responses = new ArrayList<>();
		responses.add(client.get("/v0/imports"));
		responses.add(client.get("/v0/imports"));
		responses.add(client.get("/v0/imports"));
		try {
			client.get("/v0/imports");
		}
		catch (UncheckedIOException expected) {
			// drop: no response to look at
		}
		responses.add(client.get("/v0/imports?limit=1"));
		responses.add(client.get("/v0/imports/" + created.get("id").stringValue()));
		responses.add(client.send("POST", "/v0/imports", "{}"));
		responses.add(client.send("PUT", "/v0/imports", "{}"));
		responses.add(client.get("/nope"));
		responses.add(client.exchange(client.request("/v0/imports").setHeader("x-api-key", "bad")));
		responses.add(client.upload(created, "url\nacme.com\n"));
		responses.add(client.upload(created, "url\nacme.com\n"));
		responses.add(client.raw("POST", "/_sandbox/faults", new byte[0]));
		responses.add(client.raw("GET", "/_sandbox/faults", null));
		assertThat(responses).extracting(HttpResponse::statusCode)
			.containsExactly(429, 503, 200, 200, 200, 400, 405, 404, 401, 200, 409, 204, 200);
		List<String> ids = responses.stream().map(r -> r.headers().firstValue("X-Request-Id").orElse("missing")).toList();
		assertThat(ids).allMatch(id -> id.matches("req_[A-Za-z0-9]{20}")).doesNotHaveDuplicates();
	}

	@Test
	void requestsAreRecordedWithMethodPathQueryHeadersAndBody() {
		client.send("PATCH", "/v0/imports/a%20b?x=1", "{\"title\":\"t\"}");
		RecordedRequest recorded = server.requests().get(0);
		assertThat(recorded.method()).isEqualTo("PATCH");
		assertThat(recorded.path()).isEqualTo("/websets/v0/imports/a%20b");
		assertThat(recorded.query()).isEqualTo("x=1");
		assertThat(recorded.header("X-API-KEY")).isEqualTo("sandbox");
		assertThat(recorded.headers()).containsKey("content-type");
		assertThat(recorded.bodyText()).isEqualTo("{\"title\":\"t\"}");
		assertThat(recorded.requestId()).startsWith("req_");
		client.get("/v0/imports");
		assertThat(server.requests()).hasSize(2).last().satisfies(r -> assertThat(r.query()).isNull());
	}

	@Test
	void theRequestLogKeepsOnlyTheNewestEntries() {
		assertThat(RequestLog.CAPACITY).isEqualTo(10_000);
		RequestLog log = new RequestLog(3);
		for (int i = 0; i < 5; i++) {
			log.add(new RecordedRequest("GET", "/" + i, null, java.util.Map.of(), new byte[0], "req_" + i));
		}
		assertThat(log.snapshot()).extracting(RecordedRequest::path).containsExactly("/2", "/3", "/4");
	}

	@Test
	void allItsThreadsAreDaemons() {
		client.get("/v0/imports");
		List<Thread> ours = Thread.getAllStackTraces().keySet().stream()
			.filter(t -> t.getName().startsWith("exa-sandbox") || t.getName().startsWith("HTTP-Dispatcher"))
			.toList();
		assertThat(ours).anyMatch(t -> t.getName().equals("HTTP-Dispatcher")).allMatch(Thread::isDaemon);
	}

	@Test
	void closeIsPromptEvenWithARequestInFlight() throws Exception {
		server.setFaults("latency:10s");
		ExecutorService background = Executors.newSingleThreadExecutor();
		Future<?> slow = background.submit(() -> {
			try {
				client.get("/v0/imports");
			}
			catch (RuntimeException expected) {
				// the connection goes away with the server
			}
		});
		Thread.sleep(200);
		long start = System.nanoTime();
		server.close();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		slow.get();
		background.shutdown();
		assertThatThrownBy(() -> new Socket("127.0.0.1", server.port()).close()).isInstanceOf(java.io.IOException.class);
		server.close();
	}

	@Test
	void concurrentCreatesAllLandWithDistinctIds() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		Set<String> ids = ConcurrentHashMap.newKeySet();
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			futures.add(pool.submit(() -> ids.add(client.create("{\"type\":\"person\"}").get("id").stringValue())));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		assertThat(ids).hasSize(80);
		assertThat(client.walk(200, () -> {
		})).hasSize(100);
	}

	@Test
	void aTakenPortIsAnUncheckedIoError() {
		assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.defaults().withPort(server.port())))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("cannot bind");
	}
}
