package dev.exashell.api;

import static dev.exashell.api.StubServer.json;
import static dev.exashell.api.StubServer.status;
import static dev.exashell.api.TestClients.IMPORT_JSON;
import static dev.exashell.api.TestClients.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.StubServer.Recorded;
import dev.exashell.testing.FakeClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact requests each operation sends. */
class ExaClientRequestTests {

	private final StubServer stub = new StubServer();

	private final ExaClient client = TestClients.client(stub, new FakeClock(), HttpTrace.NONE);

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void listWithoutParametersSendsNoQuery() {
		stub.enqueue(json(200, "{\"data\":[],\"hasMore\":false,\"nextCursor\":null}"));

		ImportPage page = client.list(null, null);

		assertThat(page.data()).isEmpty();
		assertThat(page.isLast()).isTrue();
		assertApiRequest(stub.onlyRequest(), "GET", "/websets/v0/imports", null);
		assertThat(stub.onlyRequest().header("content-type")).isNull();
	}

	@Test
	void aGetSendsOurHeadersAndWhatHttpItselfNeedsNothingElse() {
		stub.enqueue(json(200, "{\"data\":[],\"hasMore\":false,\"nextCursor\":null}"));

		client.list(null, null);

		assertThat(stub.onlyRequest().headers().keySet())
			.containsExactlyInAnyOrder("accept", "user-agent", "x-api-key", "host", "connection");
		assertThat(stub.onlyRequest().header("connection")).isEqualTo("keep-alive");
	}

	@Test
	void listSendsCursorThenLimitPercentEncoded() {
		stub.enqueue(json(200, "{\"data\":[" + IMPORT_JSON + "],\"hasMore\":true,\"nextCursor\":\"c2\"}"));

		ImportPage page = client.list("a b/c+=&é", 5);

		assertThat(page.data()).extracting(Import::id).containsExactly("imp_1");
		assertThat(page.nextCursor()).isEqualTo("c2");
		assertThat(stub.onlyRequest().rawQuery()).isEqualTo("cursor=a%20b%2Fc%2B%3D%26%C3%A9&limit=5");
	}

	@Test
	void listLeavesOutAnEmptyCursor() {
		stub.enqueue(json(200, "{\"data\":[],\"hasMore\":false,\"nextCursor\":null}"));

		client.list("", 10);

		assertThat(stub.onlyRequest().rawQuery()).isEqualTo("limit=10");
	}

	@Test
	void getSendsTheIdAsPathSegment() {
		stub.enqueue(json(200, IMPORT_JSON));

		Import imported = client.get("imp_1");

		assertThat(imported.title()).isEqualTo("Leads");
		assertApiRequest(stub.onlyRequest(), "GET", "/websets/v0/imports/imp_1", null);
	}

	@Test
	void createPostsTheRequestAsJson() {
		stub.enqueue(json(201, TestClients.CREATED_JSON));
		CreateImportRequest request = new CreateImportRequest("csv", Entity.of("company"), 10, 2, "x", null,
				new CreateImportRequest.CsvOptions(0));

		CreatedImport created = client.create(request);

		assertThat(created.importItem().id()).isEqualTo("imp_1");
		assertThat(created.uploadUrl()).isEqualTo("https://up.example/u?sig=1");
		assertApiRequest(stub.onlyRequest(), "POST", "/websets/v0/imports",
				"{\"format\":\"csv\",\"entity\":{\"type\":\"company\"},\"size\":10,\"count\":2,\"title\":\"x\","
						+ "\"csv\":{\"identifier\":0}}");
	}

	@Test
	void createAcceptsAnyTwoHundredStatus() {
		stub.enqueue(json(200, IMPORT_JSON));

		assertThat(client.create(new CreateImportRequest("csv", Entity.of("person"), 1, 1, null, null, null))
			.importItem()
			.id()).isEqualTo("imp_1");
	}

	@Test
	void updatePatchesOnlyTheGivenFields() {
		stub.enqueue(json(200, IMPORT_JSON));

		client.update("imp_1", new UpdateImportRequest("new", Map.of("k", "v")));

		assertApiRequest(stub.onlyRequest(), "PATCH", "/websets/v0/imports/imp_1",
				"{\"title\":\"new\",\"metadata\":{\"k\":\"v\"}}");
	}

	@Test
	void updateWithNothingSendsAnEmptyObject() {
		stub.enqueue(json(200, IMPORT_JSON));

		client.update("imp_1", new UpdateImportRequest(null, null));

		assertThat(stub.onlyRequest().bodyText()).isEqualTo("{}");
	}

	@Test
	void deleteReturnsTheDeletedImport() {
		stub.enqueue(json(200, IMPORT_JSON));

		assertThat(client.delete("imp_1").id()).isEqualTo("imp_1");
		assertApiRequest(stub.onlyRequest(), "DELETE", "/websets/v0/imports/imp_1", null);
	}

	@Test
	void uploadPutsTheBytesAsCsvWithoutTheKey() {
		stub.enqueue(status(200));

		client.upload(stub.url("/upload/imp_1?sig=abc&exp=1"), "url\nhttps://a.example\n".getBytes());

		Recorded upload = stub.onlyRequest();
		assertThat(upload.method()).isEqualTo("PUT");
		assertThat(upload.rawPath()).isEqualTo("/upload/imp_1");
		assertThat(upload.rawQuery()).isEqualTo("sig=abc&exp=1");
		assertThat(upload.header("content-type")).isEqualTo("text/csv");
		assertThat(upload.header("user-agent")).isEqualTo("exa-shell/1.2.3");
		assertThat(upload.header("x-api-key")).isNull();
		assertThat(upload.headers().values()).noneMatch(value -> value.contains(KEY));
		assertThat(upload.bodyText()).isEqualTo("url\nhttps://a.example\n");
	}

	@Test
	void uploadStreamsAFile(@TempDir Path dir) throws Exception {
		Path csv = Files.writeString(dir.resolve("leads.csv"), "url\nhttps://b.example\n");
		stub.enqueue(status(200));

		client.upload(stub.url("/upload/imp_2"), csv);

		assertThat(stub.onlyRequest().bodyText()).isEqualTo("url\nhttps://b.example\n");
		assertThat(stub.onlyRequest().header("content-length")).isEqualTo("22");
		assertThat(stub.onlyRequest().header("x-api-key")).isNull();
	}

	@Test
	void aStreamedUploadReportsTheBytesSentUpToTheFileSize(@TempDir Path dir) throws Exception {
		Path csv = Files.writeString(dir.resolve("big.csv"), "url\n" + "https://c.example/row\n".repeat(20_000));
		stub.enqueue(status(200));
		java.util.List<Long> sent = new java.util.concurrent.CopyOnWriteArrayList<>();

		client.upload(stub.url("/upload/imp_3"), csv, sent::add);

		assertThat(sent).isNotEmpty().isSorted().last().isEqualTo(Files.size(csv));
		assertThat(stub.onlyRequest().header("content-length")).isEqualTo(String.valueOf(Files.size(csv)));
	}

	@Test
	void baseUrlWithTrailingSlashNeverMakesDoubleSlash() {
		stub.enqueue(json(200, IMPORT_JSON));
		URI slashed = URI.create(stub.baseUrl() + "//");
		ExaClient slashClient = new ExaClient(
				TestClients.config(stub, new FakeClock(), HttpTrace.NONE).withBaseUrl(slashed));

		slashClient.get("imp_1");

		assertThat(stub.onlyRequest().rawPath()).isEqualTo("/websets/v0/imports/imp_1");
	}

	@Test
	void emptyKeySendsNoKeyHeader() {
		stub.enqueue(json(200, IMPORT_JSON));
		ExaClient anonymous = new ExaClient(
				TestClients.config(stub, new FakeClock(), HttpTrace.NONE).withApiKey(""));

		anonymous.get("imp_1");

		assertThat(stub.onlyRequest().header("x-api-key")).isNull();
	}

	private static void assertApiRequest(Recorded request, String method, String rawPath, String body) {
		assertThat(request.method()).isEqualTo(method);
		assertThat(request.rawPath()).isEqualTo(rawPath);
		assertThat(request.header("x-api-key")).isEqualTo(KEY);
		assertThat(request.header("user-agent")).isEqualTo("exa-shell/1.2.3");
		assertThat(request.header("accept")).isEqualTo("application/json");
		if (body != null) {
			assertThat(request.header("content-type")).isEqualTo("application/json");
			assertThat(request.bodyText()).isEqualTo(body);
		}
		else {
			assertThat(request.body()).isEmpty();
		}
	}
}
