package dev.exashell.api;

import static dev.exashell.api.StubServer.closeConnection;
import static dev.exashell.api.StubServer.json;
import static dev.exashell.api.StubServer.status;
import static dev.exashell.api.TestClients.IMPORT_JSON;
import static dev.exashell.api.TestClients.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.exashell.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The key goes in one header to one host, and nowhere else. */
class KeyHandlingTests {

	private final StubServer stub = new StubServer();

	private final RecordingTrace trace = new RecordingTrace();

	private final ExaClient client = new ExaClient(TestClients.config(stub, new FakeClock(), trace)
		.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)));

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void redactsToTheLastFourCharacters() {
		assertThat(ApiKeys.redact(KEY)).isEqualTo("****7f3a");
		assertThat(ApiKeys.redact("short")).isEqualTo("****");
		assertThat(ClientConfig.defaults(KEY, "1").redactedApiKey()).isEqualTo("****7f3a");
		assertThat(ClientConfig.defaults(KEY, "1").toString()).doesNotContain(KEY).contains("apiKey=****7f3a");
	}

	@Test
	void traceShowsTheKeyRedactedAndTheUploadUrlWithoutItsQuery() {
		stub.enqueue(json(200, IMPORT_JSON), status(200));

		client.get("imp_1");
		client.upload(stub.url("/upload/imp_1?X-Amz-Signature=s3cr3t"), new byte[] { 'x' });

		assertThat(trace.lines()).filteredOn(line -> line.startsWith("request"))
			.containsExactly("request GET " + stub.baseUrl() + "/v0/imports/imp_1 {Accept=application/json, "
					+ "User-Agent=exa-shell/1.2.3, x-api-key=****7f3a}",
					"request PUT " + stub.url("/upload/imp_1") + " {Content-Type=text/csv, User-Agent=exa-shell/1.2.3}");
		assertThat(trace.lines()).noneMatch(line -> line.contains("s3cr3t"));
	}

	@Test
	void aServerEchoingTheKeyIsScrubbed() {
		stub.enqueue(json(401, "{\"error\":{\"message\":\"x-api-key header is invalid: " + KEY + "\"}}"));

		UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> client.get("imp_1"));

		assertThat(e.getMessage()).isEqualTo("HTTP 401: x-api-key header is invalid: ****7f3a");
	}

	@Test
	void aShortKeyIsNotScrubbedOutOfOrdinaryWords() {
		assertThat(ApiKeys.scrub("Internal server error (injected by the sandbox)", "sandbox"))
			.isEqualTo("Internal server error (injected by the sandbox)");
		assertThat(ApiKeys.scrub("echoed " + KEY, KEY)).isEqualTo("echoed ****7f3a");
	}

	@Test
	void aKeyThatIsNoHeaderValueIsRejectedWithoutQuotingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.defaults("sk-secret\nInjected: 1", "1"))
			.withMessage("API key contains a character not allowed in an HTTP header (position 10)");
	}

	@Test
	void theKeyAppearsInNoMessageOrTraceLine() {
		List<String> seen = new ArrayList<>();
		// In call order: four error shapes (two echo the key), 409, a GET retried through three 502s
		// (one echoes the key), a closed connection, a timeout, a cut-off 200, an upload 500 retried
		// into the stub's unscripted 418, and a blank id.
		stub.enqueue(status(400), json(401, "{\"error\":\"Unauthorized\",\"message\":\"bad key " + KEY + "\"}"),
				status(403), json(404, "{\"message\":\"" + KEY + "\"}"), status(409),
				new StubServer.Reply(502, Map.of(), "<p>" + KEY + "</p>", 0), status(502), status(502),
				closeConnection(), json(201, "{}").delayed(1000), json(200, "{\"id\":"), status(500));
		for (Executable call : List.<Executable>of(() -> client.delete("a"), () -> client.delete("b"),
				() -> client.delete("c"), () -> client.delete("d"), () -> client.delete("e"), () -> client.get("f"),
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null, null, null)),
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null, null, null)),
				() -> client.update("g", new UpdateImportRequest("t", null)),
				() -> client.upload(stub.url("/u"), new byte[] { 1 }), () -> client.get(" "))) {
			seen.addAll(messagesOf(call));
		}

		assertThat(seen).hasSizeGreaterThanOrEqualTo(11);
		assertThat(trace.lines()).isNotEmpty();
		assertThat(seen).noneMatch(text -> text.contains(KEY));
		assertThat(trace.lines()).noneMatch(text -> text.contains(KEY));
		assertThat(stub.requests()).filteredOn(request -> request.rawPath().startsWith("/u"))
			.allMatch(request -> request.header("x-api-key") == null);
	}

	/** The message and toString of the thrown exception and of every cause. */
	private static List<String> messagesOf(Executable call) {
		List<String> texts = new ArrayList<>();
		try {
			call.execute();
			texts.add("(no exception)");
		}
		catch (Throwable thrown) {
			for (Throwable t = thrown; t != null; t = t.getCause()) {
				texts.add(String.valueOf(t.getMessage()));
				texts.add(t.toString());
			}
		}
		return texts;
	}
}
