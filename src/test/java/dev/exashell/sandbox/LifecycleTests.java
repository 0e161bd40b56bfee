package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.FakeClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class LifecycleTests {

	private final FakeClock clock = new FakeClock();
	private final SandboxServer server = SandboxServer
		.start(SandboxOptions.defaults().withImports(40).withProcessing(Duration.ofSeconds(10)).withClock(clock));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void pendingUntilUploadedThenProcessingThenCompletedWithTheRowCount() {
		JsonNode created = client.create("{\"type\":\"company\"}");
		String id = created.get("id").stringValue();
		clock.advance(Duration.ofMinutes(5));
		JsonNode waiting = get(id);
		assertThat(waiting.get("status").stringValue()).isEqualTo("pending");
		assertThat(waiting.get("updatedAt").stringValue()).isEqualTo("2026-11-30T12:00:00.000Z");

		HttpResponse<String> upload = client.upload(created, "name,website\r\nAcme,https://acme.com\r\n"
				+ "\"Globex, \"\"the\"\" corp\",globex.com\r\n\"Multi\nline\nname\",initech.io\r\nUmbrella,umbrella.co.uk\r\n");
		assertThat(upload.statusCode()).isEqualTo(200);
		assertThat(upload.body()).isEmpty();
		JsonNode processing = get(id);
		assertThat(processing.get("status").stringValue()).isEqualTo("processing");
		assertThat(processing.get("count").longValue()).isEqualTo(3);
		assertThat(processing.get("updatedAt").stringValue()).isEqualTo("2026-11-30T12:05:00.000Z");

		clock.advance(Duration.ofMillis(9_999));
		assertThat(get(id).get("status").stringValue()).isEqualTo("processing");
		clock.advance(Duration.ofMillis(1));
		JsonNode completed = get(id);
		assertThat(completed.get("status").stringValue()).isEqualTo("completed");
		assertThat(completed.get("count").longValue()).isEqualTo(4);
		assertThat(completed.get("updatedAt").stringValue()).isEqualTo("2026-11-30T12:05:10.000Z");
		assertThat(completed.get("failedReason").isNull()).isTrue();
		assertThat(completed.get("createdAt").stringValue()).isEqualTo("2026-11-30T12:00:00.000Z");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "''|invalid_file_content|empty", "'\n\n  \n'|invalid_file_content|empty",
			"'url\n'|invalid_file_content|no data rows", "'name,city\nAcme,Berlin\nGlobex,Paris\n'|missing_identifier|URLs",
			"'name,url\nAcme,acme.com,extra\n'|invalid_format|header has 2", "'name,url\n\"Acme,acme.com\n'|invalid_format|never closed" })
	void failuresCarryReasonTimeAndMessage(String csv, String reason, String message) {
		JsonNode created = client.create("{\"type\":\"company\"}");
		client.upload(created, csv.replace("\\n", "\n"));
		clock.advance(Duration.ofSeconds(10));
		JsonNode failed = get(created.get("id").stringValue());
		assertThat(failed.get("status").stringValue()).isEqualTo("failed");
		assertThat(failed.get("failedReason").stringValue()).isEqualTo(reason);
		assertThat(failed.get("failedAt").stringValue()).isEqualTo("2026-11-30T12:00:10.000Z");
		assertThat(failed.get("updatedAt").stringValue()).isEqualTo("2026-11-30T12:00:10.000Z");
		assertThat(failed.get("failedMessage").stringValue()).contains(message);
	}

	@Test
	void bytesThatAreNotCsvTextFailAsInvalidFormat() {
		for (byte[] bytes : new byte[][] { { 'u', 'r', 'l', '\n', 'a', 0, '.', 'c', 'o' }, { (byte) 0xC3, (byte) 0x28 } }) {
			JsonNode created = client.create("{\"type\":\"company\"}");
			client.raw("PUT", created.get("uploadUrl").stringValue(), bytes);
			clock.advance(Duration.ofSeconds(10));
			assertThat(get(created.get("id").stringValue()).get("failedReason").stringValue()).isEqualTo("invalid_format");
		}
	}

	@Test
	void theCsvIdentifierColumnDecidesWhereUrlsMustBe() {
		HttpResponse<String> response = client.send("POST", "/v0/imports", "{\"format\":\"csv\",\"entity\":{\"type\":\"company\"},"
				+ "\"size\":30,\"count\":1,\"csv\":{\"identifier\":0}}");
		JsonNode created = SandboxClient.json(response);
		client.upload(created, "name,url\nAcme,acme.com\n");
		clock.advance(Duration.ofSeconds(10));
		assertThat(get(created.get("id").stringValue()).get("failedReason").stringValue()).isEqualTo("missing_identifier");
	}

	@Test
	void uploadsAreRejectedUnlessTheTokenIsRightUnusedAndInTime() {
		JsonNode created = client.create("{\"type\":\"company\"}");
		String url = created.get("uploadUrl").stringValue();
		String base = url.substring(0, url.indexOf("?token="));
		byte[] csv = "url\nacme.com\n".getBytes();
		ErrorResponseTests.assertError(client.raw("PUT", base + "?token=guess", csv), 403, "FORBIDDEN", "INVALID_UPLOAD_TOKEN");
		ErrorResponseTests.assertError(client.raw("PUT", base, csv), 403, "FORBIDDEN", "INVALID_UPLOAD_TOKEN");
		ErrorResponseTests.assertError(client.raw("POST", url, csv), 405, "METHOD_NOT_ALLOWED", "METHOD_NOT_ALLOWED");
		assertThat(client.raw("PUT", url, csv).statusCode()).isEqualTo(200);
		HttpResponse<String> again = client.raw("PUT", url, csv);
		ErrorResponseTests.assertError(again, 409, "CONFLICT", "IMPORT_NOT_PENDING");
		assertThat(ErrorResponseTests.message(again)).contains("processing");

		JsonNode late = client.create("{\"type\":\"company\"}");
		clock.advance(Duration.ofMinutes(61));
		ErrorResponseTests.assertError(client.upload(late, "url\nacme.com\n"), 403, "FORBIDDEN", "UPLOAD_URL_EXPIRED");

		JsonNode gone = client.create("{\"type\":\"company\"}");
		client.send("DELETE", "/v0/imports/" + gone.get("id").stringValue(), null);
		ErrorResponseTests.assertError(client.upload(gone, "url\nacme.com\n"), 404, "NOT_FOUND", "IMPORT_NOT_FOUND");
	}

	@Test
	void uploadsNeedNoApiKeyButRecordTheBytes() {
		JsonNode created = client.create("{\"type\":\"company\"}");
		client.upload(created, "url\nacme.com\n");
		RecordedRequest upload = server.requests().get(server.requests().size() - 1);
		assertThat(upload.method()).isEqualTo("PUT");
		assertThat(upload.header("x-api-key")).isNull();
		assertThat(upload.bodyText()).isEqualTo("url\nacme.com\n");
		assertThat(upload.path()).isEqualTo("/_upload/" + created.get("id").stringValue());
	}

	@Test
	void patchReplacesTitleAndTheWholeMetadataMap() {
		String id = SandboxClient.json(client.send("POST", "/v0/imports", "{\"format\":\"csv\",\"entity\":{\"type\":\"person\"},"
				+ "\"size\":1,\"count\":1,\"title\":\"Old\",\"metadata\":{\"a\":\"1\",\"b\":\"2\"}}")).get("id").stringValue();
		clock.advance(Duration.ofSeconds(30));
		JsonNode patched = SandboxClient.json(client.send("PATCH", "/v0/imports/" + id, "{\"metadata\":{\"c\":\"3\"}}"));
		assertThat(patched.get("title").stringValue()).isEqualTo("Old");
		assertThat(patched.get("metadata").propertyNames()).containsExactly("c");
		assertThat(patched.get("updatedAt").stringValue()).isEqualTo("2026-11-30T12:00:30.000Z");
		JsonNode retitled = SandboxClient.json(client.send("PATCH", "/v0/imports/" + id, "{\"title\":\"Nouveau — ü\"}"));
		assertThat(retitled.get("title").stringValue()).isEqualTo("Nouveau — ü");
		assertThat(retitled.get("metadata").propertyNames()).containsExactly("c");
		clock.advance(Duration.ofSeconds(30));
		JsonNode untouched = SandboxClient.json(client.send("PATCH", "/v0/imports/" + id, "{}"));
		assertThat(untouched.get("updatedAt").stringValue()).isEqualTo("2026-11-30T12:00:30.000Z");
		assertThat(SandboxClient.json(client.send("PATCH", "/v0/imports/" + id, "{\"metadata\":{}}")).get("metadata")).isEmpty();
	}

	@Test
	void deleteReturnsTheImportAndThenItIsGone() {
		String id = client.create("{\"type\":\"article\"}").get("id").stringValue();
		HttpResponse<String> deleted = client.send("DELETE", "/v0/imports/" + id, null);
		assertThat(SandboxClient.json(deleted).get("id").stringValue()).isEqualTo(id);
		ErrorResponseTests.assertError(client.get("/v0/imports/" + id), 404, "NOT_FOUND", "IMPORT_NOT_FOUND");
		ErrorResponseTests.assertError(client.send("DELETE", "/v0/imports/" + id, null), 404, "NOT_FOUND", "IMPORT_NOT_FOUND");
	}

	@Test
	void seededActiveImportsFinishWithinTwoProcessingPeriods() {
		JsonNode page = SandboxClient.json(client.get("/v0/imports?limit=200"));
		assertThat(page.get("data").valueStream().map(i -> i.get("status").stringValue())).contains("pending", "processing");
		clock.advance(Duration.ofSeconds(20));
		JsonNode later = SandboxClient.json(client.get("/v0/imports?limit=200"));
		assertThat(later.get("data").valueStream().map(i -> i.get("status").stringValue()))
			.doesNotContain("pending", "processing");
	}

	private JsonNode get(String id) {
		return SandboxClient.json(client.get("/v0/imports/" + id));
	}
}
