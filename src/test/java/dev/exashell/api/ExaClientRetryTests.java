package dev.exashell.api;

import static dev.exashell.api.StubServer.json;
import static dev.exashell.api.StubServer.status;
import static dev.exashell.api.TestClients.IMPORT_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.exashell.testing.FakeClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET and upload are retried with recorded waits; nothing else is. */
class ExaClientRetryTests {

	private final StubServer stub = new StubServer();

	private final FakeClock sleeper = new FakeClock();

	private final RecordingTrace trace = new RecordingTrace();

	private final ExaClient client = TestClients.client(stub, sleeper, trace);

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void retriesA503TwiceWithGrowingWaits() {
		stub.enqueue(status(503), status(503), json(200, IMPORT_JSON));

		assertThat(client.get("imp_1").id()).isEqualTo("imp_1");

		assertThat(stub.requests()).hasSize(3);
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
		assertThat(trace.lines()).filteredOn(line -> line.startsWith("retry"))
			.containsExactly("retry 1 PT0.5S HTTP 503", "retry 2 PT1S HTTP 503");
	}

	@Test
	void givesUpAfterThreeAttempts() {
		stub.enqueue(status(502), status(503), status(504));

		ServerException e = catchThrowableOfType(ServerException.class, () -> client.list(null, null));

		assertThat(e.status()).isEqualTo(504);
		assertThat(stub.requests()).hasSize(3);
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
	void retriesTransientStatuses(int status) {
		stub.enqueue(status(status), json(200, IMPORT_JSON));

		client.get("imp_1");

		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 409, 422, 501 })
	void doesNotRetryOtherStatuses(int status) {
		stub.enqueue(status(status), json(200, IMPORT_JSON));

		catchThrowableOfType(ApiException.class, () -> client.get("imp_1"));

		assertThat(stub.requests()).hasSize(1);
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void honoursRetryAfterSeconds() {
		stub.enqueue(status(429).header("Retry-After", "3"), json(200, IMPORT_JSON));

		client.get("imp_1");

		assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void honoursRetryAfterAsHttpDateAgainstTheClock() {
		stub.enqueue(status(503).header("Retry-After", "Thu, 01 Jan 2026 00:00:07 GMT"), json(200, IMPORT_JSON));

		client.get("imp_1");

		assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
	}

	@Test
	void exhaustedRateLimitThrowsWithRetryAfter() {
		stub.enqueue(status(429).header("Retry-After", "1"), status(429).header("Retry-After", "2"),
				json(429, "{\"error\":{\"message\":\"rate limited\",\"code\":\"RATE_LIMIT\"}}").header("Retry-After", "4"));

		RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client.get("imp_1"));

		assertThat(e.retryAfter()).contains(Duration.ofSeconds(4));
		assertThat(e.code()).isEqualTo("RATE_LIMIT");
		assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
	}

	@Test
	void doesNotWaitForARetryAfterAboveTheCap() {
		stub.enqueue(status(429).header("Retry-After", "120"), json(200, IMPORT_JSON));

		RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client.get("imp_1"));

		assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
		assertThat(stub.requests()).hasSize(1);
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void neverRetriesPostPatchOrDelete() {
		stub.enqueue(status(503), status(503), status(503), json(200, IMPORT_JSON));

		catchThrowableOfType(ServerException.class,
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null, null, null)));
		catchThrowableOfType(ServerException.class, () -> client.update("imp_1", new UpdateImportRequest("t", null)));
		catchThrowableOfType(ServerException.class, () -> client.delete("imp_1"));

		assertThat(stub.requests()).extracting(StubServer.Recorded::method).containsExactly("POST", "PATCH", "DELETE");
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void retriesAnUploadLikeAGet() {
		stub.enqueue(status(500), status(200));

		client.upload(stub.url("/upload/imp_1"), "url\n".getBytes());

		assertThat(stub.requests()).extracting(StubServer.Recorded::bodyText).containsExactly("url\n", "url\n");
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
	}

	@Test
	void retriesACutOffBodyOnAGetLikeAReset() {
		stub.enqueue(json(200, "{\"id\":\"imp_1\",\"status\":nul"), json(200, IMPORT_JSON));

		assertThat(client.get("imp_1").id()).isEqualTo("imp_1");

		assertThat(stub.requests()).hasSize(2);
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
		assertThat(trace.lines()).filteredOn(line -> line.startsWith("retry"))
			.containsExactly("retry 1 PT0.5S the API's answer was cut off or not JSON (HTTP 200)");
	}

	@Test
	void aBodyCutOffOnEveryTryIsAPlainErrorAfterThreeAttempts() {
		stub.enqueue(json(200, "{\"data\":["), status(200), json(200, "<html>").header("X-Request-Id", "req_3"));

		UnreadableBodyException e = catchThrowableOfType(UnreadableBodyException.class, () -> client.list(null, 5));

		assertThat(e).hasMessage("the API's answer was cut off or not JSON (HTTP 200, 3 attempts) [request req_3]");
		assertThat(e.status()).isEqualTo(200);
		assertThat(e.attempts()).isEqualTo(3);
		assertThat(stub.requests()).hasSize(3);
		assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
	}

	@Test
	void jsonOfTheWrongShapeIsNotRetried() {
		stub.enqueue(json(200, "{\"id\":{\"no\":1}}"), json(200, IMPORT_JSON));

		InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> client.get("imp_1"));

		assertThat(e).isNotInstanceOf(UnreadableBodyException.class);
		assertThat(e.getMessage()).startsWith("the API answered HTTP 200 but the body is not a valid import: ");
		assertThat(stub.requests()).hasSize(1);
	}

	@Test
	void aCutOffBodyOnAPostIsNotRetriedButSaysWhatCameBack() {
		stub.enqueue(json(201, TestClients.CREATED_JSON.substring(0, 40)).header("X-Request-Id", "req_c"),
				json(201, TestClients.CREATED_JSON));

		UnreadableCreateAnswerException e = catchThrowableOfType(UnreadableCreateAnswerException.class,
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null, null, null)));

		assertThat(e).hasMessage("the API's answer was cut off or not JSON (HTTP 201) [request req_c]");
		assertThat(e.status()).isEqualTo(201);
		assertThat(e.getCause()).isInstanceOfSatisfying(UnreadableBodyException.class,
				cause -> assertThat(cause.attempts()).isEqualTo(1));
		assertThat(stub.requests()).hasSize(1);
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void retriesCanBeTurnedOff() {
		stub.enqueue(status(503), json(200, IMPORT_JSON));

		catchThrowableOfType(ServerException.class, () -> client.withRetryPolicy(RetryPolicy.NONE).get("imp_1"));

		assertThat(stub.requests()).hasSize(1);
		assertThat(sleeper.waits()).isEmpty();
	}

	@Test
	void anInterruptedWaitStopsWithTheFlagSet() {
		stub.enqueue(status(503), json(200, IMPORT_JSON));
		ExaClient interrupted = TestClients.client(stub, wait -> {
			throw new InterruptedException();
		}, trace);

		ApiIoException e = catchThrowableOfType(ApiIoException.class, () -> interrupted.get("imp_1"));

		assertThat(Thread.interrupted()).isTrue();
		assertThat(e).hasMessage("interrupted while waiting to retry after HTTP 503");
		assertThat(stub.requests()).hasSize(1);
	}

	@Test
	void tracesEachAttempt() {
		stub.enqueue(status(503).header("X-Request-Id", "req_a"), json(200, IMPORT_JSON).header("X-Request-Id", "req_b"));

		client.get("imp_1");

		String uri = stub.baseUrl() + "/v0/imports/imp_1";
		assertThat(trace.lines()).filteredOn(line -> !line.startsWith("request"))
			.isEqualTo(List.of("response GET " + uri + " 503 req_a", "retry 1 PT0.5S HTTP 503",
					"response GET " + uri + " 200 req_b"));
	}
}
