package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code hang} fault: the request is taken and never answered, yet the sandbox stays usable and stops cleanly. */
class HangFaultTests {

	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withImports(3));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aHungRequestIsRecordedButNeverAnsweredThenTheScriptGoesOn() {
		server.setFaults("script:hang,ok");

		Throwable failure = send("/v0/imports?limit=1", Duration.ofMillis(300)).handle((r, e) -> e).join();

		assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(HttpTimeoutException.class);
		assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.query()).isEqualTo("limit=1"));
		assertThat(client.get("/v0/imports?limit=1").statusCode()).isEqualTo(200);
	}

	@Test
	void hungRequestsHoldNoThreadSoMoreThanThePoolStillLeaveTheSandboxAnswering() {
		server.setFaults("hang:1");
		List<CompletableFuture<HttpResponse<String>>> hung = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			hung.add(send("/v0/imports/imp_" + i, Duration.ofSeconds(30)));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> server.heldRequests() == 40);

		assertThat(client.raw("GET", "/_sandbox/faults", null).body()).isEqualTo("hang:1");
		assertThat(hung).noneMatch(CompletableFuture::isDone);
	}

	/** POSTs, since the JDK client resends a GET whose connection closes before any byte (see docs/sandbox.md, Faults). */
	@Test
	void resetAndCloseReleaseHungRequestsAtOnce() {
		server.setFaults("hang:1");
		CompletableFuture<HttpResponse<String>> beforeReset = post(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(5)).until(() -> server.heldRequests() == 1);

		server.reset();

		assertThat(server.heldRequests()).isZero();
		assertThat(failureOf(beforeReset)).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
		server.setFaults("hang:1");
		CompletableFuture<HttpResponse<String>> beforeClose = post(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(5)).until(() -> server.heldRequests() == 1);

		server.close();

		assertThat(failureOf(beforeClose)).isInstanceOf(IOException.class).isNotInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void aHeldRequestIsLetGoAfterTheLongestHoldAndOnlyOnce() throws Exception {
		AtomicInteger released = new AtomicInteger();
		try (HeldRequests held = new HeldRequests(Duration.ofMillis(50))) {
			held.hold(released::incrementAndGet);
			await().atMost(Duration.ofSeconds(5)).until(() -> released.get() == 1);
			held.releaseAll();
		}
		assertThat(released).hasValue(1);
		assertThat(HeldRequests.LONGEST).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void aRequestHeldAfterCloseIsLetGoAtOnce() {
		AtomicInteger released = new AtomicInteger();
		HeldRequests held = new HeldRequests(Duration.ofMinutes(10));
		held.hold(released::incrementAndGet);
		held.close();
		held.hold(released::incrementAndGet);
		assertThat(released).hasValue(2);
	}

	private CompletableFuture<HttpResponse<String>> send(String path, Duration timeout) {
		HttpRequest request = client.request(path).timeout(timeout).GET().build();
		return client.http.sendAsync(request, BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> post(Duration timeout) {
		HttpRequest request = client.request("/v0/imports").timeout(timeout).POST(BodyPublishers.ofString("{}")).build();
		return client.http.sendAsync(request, BodyHandlers.ofString());
	}

	/** Waits (at most 5 s, far below the request's own timeout) for the request to fail. */
	private static Throwable failureOf(CompletableFuture<HttpResponse<String>> pending) {
		await().atMost(Duration.ofSeconds(5)).until(pending::isDone);
		return pending.handle((r, e) -> e instanceof CompletionException ? e.getCause() : e).join();
	}
}
