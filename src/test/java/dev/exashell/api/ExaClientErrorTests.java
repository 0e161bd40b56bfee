package dev.exashell.api;

import static dev.exashell.api.StubServer.json;
import static dev.exashell.api.StubServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.exashell.api.StubServer.Reply;
import dev.exashell.testing.FakeClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error answers become the right exception, with the server's words and ids. */
class ExaClientErrorTests {

	private static final String ENVELOPE = """
			{"error":{"type":"NOT_FOUND","code":"IMPORT_NOT_FOUND","message":"Import not found","detail":"x"},\
			"requestId":"req_body"}""";

	private static final String LEGACY = """
			{"error":"Not Found","message":"Import not found","statusCode":404,"timestamp":"2026-01-01T00:00:00Z",\
			"path":"/websets/v0/imports/x","requestId":"req_legacy"}""";

	private final StubServer stub = new StubServer();

	private final ExaClient client = TestClients.client(stub, new FakeClock(), HttpTrace.NONE)
		.withRetryPolicy(RetryPolicy.NONE);

	@AfterEach
	void stop() {
		stub.close();
	}

	@ParameterizedTest(name = "HTTP {0} -> {1}")
	@CsvSource(textBlock = """
			400, BadRequestException
			401, UnauthorizedException
			403, PermissionDeniedException
			404, NotFoundException
			429, RateLimitException
			500, ServerException
			502, ServerException
			503, ServerException
			504, ServerException
			599, ServerException
			402, ApiException
			409, ApiException
			422, ApiException
			302, ApiException
			""")
	void mapsEachStatusToItsException(int status, String exceptionName) {
		stub.enqueue(json(status, "{\"error\":{\"message\":\"nope\"}}"));

		ApiException e = catchThrowableOfType(ApiException.class, () -> client.get("imp_1"));

		assertThat(e.getClass().getSimpleName()).isEqualTo(exceptionName);
		assertThat(e.status()).isEqualTo(status);
		assertThat(e.getMessage()).isEqualTo("HTTP " + status + ": nope");
	}

	@Test
	void readsTheEnvelopeShape() {
		stub.enqueue(json(404, ENVELOPE));

		NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.get("x"));

		assertThat(e.serverMessage()).isEqualTo("Import not found");
		assertThat(e.code()).isEqualTo("IMPORT_NOT_FOUND");
		assertThat(e.type()).isEqualTo("NOT_FOUND");
		assertThat(e.requestId()).isEqualTo("req_body");
		assertThat(e.getMessage()).isEqualTo("HTTP 404: Import not found");
	}

	@Test
	void readsTheLegacyShapeAsExaJsDoes() {
		stub.enqueue(json(404, LEGACY));

		NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.delete("x"));

		assertThat(e.serverMessage()).isEqualTo("Not Found. Import not found");
		assertThat(e.code()).isNull();
		assertThat(e.requestId()).isEqualTo("req_legacy");
	}

	@Test
	void prefersTheRequestIdHeader() {
		stub.enqueue(json(400, ENVELOPE).header("X-Request-Id", "req_header"));

		assertThat(catchThrowableOfType(BadRequestException.class, () -> client.get("x")).requestId())
			.isEqualTo("req_header");
	}

	@Test
	void quotesABodyThatIsNotJsonOnOneLine() {
		stub.enqueue(new Reply(502, Map.of("Content-Type", "text/html"),
				"<html>\n  <body>Bad\tgateway</body>\r\n</html>\n", 0));

		ServerException e = catchThrowableOfType(ServerException.class, () -> client.get("x"));

		assertThat(e.getMessage()).isEqualTo("HTTP 502: body was not JSON: <html> <body>Bad gateway</body> </html>");
	}

	@Test
	void cutsALongBodyTo200Characters() {
		stub.enqueue(new Reply(500, Map.of(), "x".repeat(5000), 0));

		ServerException e = catchThrowableOfType(ServerException.class, () -> client.list(null, null));

		assertThat(e.serverMessage()).isEqualTo("body was not JSON: " + "x".repeat(200) + "…");
	}

	@Test
	void anEmptyErrorBodyGivesTheStatusAlone() {
		stub.enqueue(status(404));

		NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.get("x"));

		assertThat(e.getMessage()).isEqualTo("HTTP 404");
		assertThat(e.serverMessage()).isNull();
	}

	@Test
	void jsonWithoutAMessageIsQuoted() {
		stub.enqueue(json(409, "{\"conflict\":true}"));

		ApiException e = catchThrowableOfType(ApiException.class, () -> client.get("x"));

		assertThat(e.getMessage()).isEqualTo("HTTP 409: unexpected error body: {\"conflict\":true}");
	}

	@Test
	void anotherServersJsonErrorShapeGivesItsMessageNotTheRawJson() {
		stub.enqueue(json(404, "{\"detail\":\"Not Found\"}"));
		stub.enqueue(json(422, "{\"errors\":[{\"message\":\"cursor is invalid\"}]}"));

		NotFoundException notFound = catchThrowableOfType(NotFoundException.class, () -> client.get("x"));
		ApiException invalid = catchThrowableOfType(ApiException.class, () -> client.list("c", null));

		assertThat(notFound.getMessage()).isEqualTo("HTTP 404: Not Found");
		assertThat(invalid.getMessage()).isEqualTo("HTTP 422: cursor is invalid");
	}

	@Test
	void a404ForTheCollectionMeansTheBaseUrlIsWrongWhateverItsShape() {
		stub.enqueue(json(404, ENVELOPE));
		stub.enqueue(json(404, LEGACY));

		NotFoundException list = catchThrowableOfType(NotFoundException.class, () -> client.list("abc", 5));
		NotFoundException create = catchThrowableOfType(NotFoundException.class,
				() -> client.create(new CreateImportRequest("csv", Entity.of("company"), 10, 1, "x", null, null)));

		assertThat(list.wrongBaseUrl()).isTrue();
		assertThat(list.triedUrl()).isEqualTo(stub.url("/websets/v0/imports"));
		assertThat(create.wrongBaseUrl()).isTrue();
	}

	@Test
	void a404ForAnImportIsAboutTheImportOnlyInTheApisShape() {
		stub.enqueue(json(404, ENVELOPE));
		stub.enqueue(json(404, LEGACY));
		stub.enqueue(new Reply(404, Map.of("Content-Type", "text/html"), "<h1>Not Found</h1>", 0));
		stub.enqueue(json(404, "{\"detail\":\"Not Found\"}"));
		stub.enqueue(status(404));

		assertThat(catchThrowableOfType(NotFoundException.class, () -> client.get("x")).wrongBaseUrl()).isFalse();
		assertThat(catchThrowableOfType(NotFoundException.class, () -> client.delete("x")).wrongBaseUrl()).isFalse();
		NotFoundException html = catchThrowableOfType(NotFoundException.class, () -> client.get("imp_1"));
		assertThat(html.wrongBaseUrl()).isTrue();
		assertThat(html.triedUrl()).isEqualTo(stub.url("/websets/v0/imports/imp_1"));
		assertThat(catchThrowableOfType(NotFoundException.class, () -> client.get("x")).wrongBaseUrl()).isTrue();
		assertThat(catchThrowableOfType(NotFoundException.class, () -> client.get("x")).wrongBaseUrl()).isTrue();
	}

	@Test
	void rateLimitCarriesRetryAfter() {
		stub.enqueue(json(429, "{\"message\":\"slow down\"}").header("Retry-After", "17"));

		RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client.get("x"));

		assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
		assertThat(e.serverMessage()).isEqualTo("slow down");
	}

	@Test
	void aCutOffSuccessBodyIsUnreadableAndSaysSoPlainly() {
		stub.enqueue(json(200, "{\"id\":\"imp_1\",\"sta").header("X-Request-Id", "req_1"));

		UnreadableBodyException e = catchThrowableOfType(UnreadableBodyException.class, () -> client.get("imp_1"));

		assertThat(e).hasMessage("the API's answer was cut off or not JSON (HTTP 200) [request req_1]");
		assertThat(e.getCause().getMessage()).contains("end-of-input");
	}

	@Test
	void anEmptySuccessBodyIsUnreadable() {
		stub.enqueue(status(200));

		assertThat(catchThrowableOfType(UnreadableBodyException.class, () -> client.delete("imp_1")))
			.hasMessage("the API's answer was cut off or not JSON (HTTP 200)");
	}

	@Test
	void aSuccessBodyOfNullIsInvalidData() {
		stub.enqueue(json(200, "null"));

		assertThat(catchThrowableOfType(InvalidDataException.class, () -> client.list(null, null)))
			.hasMessage("the API answered HTTP 200 but the body is not a valid import page: the body was JSON null");
	}

	@Test
	void anUploadErrorFromStorageIsMapped() {
		stub.enqueue(new Reply(403, Map.of(), "<?xml version=\"1.0\"?><Error>SignatureDoesNotMatch</Error>", 0));

		PermissionDeniedException e = catchThrowableOfType(PermissionDeniedException.class,
				() -> client.upload(stub.url("/upload"), new byte[] { 1 }));

		assertThat(e.serverMessage()).startsWith("body was not JSON: <?xml");
	}
}
