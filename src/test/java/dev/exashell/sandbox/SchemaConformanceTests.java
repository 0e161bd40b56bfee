package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.FakeClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaConformanceTests {

	private final FakeClock clock = new FakeClock();
	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withClock(clock));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void everyListPageValidatesAsListImportsResponse() {
		String cursor = null;
		int pages = 0;
		do {
			HttpResponse<String> page = client.get("/v0/imports?limit=200" + (cursor == null ? "" : "&cursor=" + cursor));
			assertJson(page, 200);
			SchemaCheck.assertValid("ListImportsResponse", page.body());
			JsonNode body = SandboxClient.json(page);
			cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").stringValue();
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(2);
	}

	@Test
	void seededImportsStillValidateAfterEveryoneFinished() {
		clock.advance(Duration.ofHours(1));
		HttpResponse<String> page = client.get("/v0/imports?limit=200");
		SchemaCheck.assertValid("ListImportsResponse", page.body());
		assertThat(SandboxClient.json(page).get("data").valueStream().map(i -> i.get("status").stringValue()))
			.doesNotContain("pending", "processing");
	}

	@Test
	void createGetUpdateDeleteBodiesValidate() {
		HttpResponse<String> created = client.send("POST", "/v0/imports", """
				{"format":"csv","entity":{"type":"custom","description":"Open-source maintainers"},"size":120,"count":2,
				 "title":"Maintainers","metadata":{"team":"growth"},"csv":{"identifier":1}}""");
		assertJson(created, 201);
		SchemaCheck.assertValid("CreateImportResponse", created.body());
		JsonNode body = SandboxClient.json(created);
		String id = body.get("id").stringValue();
		assertThat(body.get("status").stringValue()).isEqualTo("pending");
		assertThat(body.get("createdAt").stringValue()).isEqualTo("2026-11-30T12:00:00.000Z");
		assertThat(body.get("uploadValidUntil").stringValue()).isEqualTo("2026-11-30T13:00:00.000Z");
		assertThat(body.get("uploadUrl").stringValue())
			.startsWith("http://127.0.0.1:" + server.port() + "/_upload/" + id + "?token=");
		assertThat(body.get("entity").get("description").stringValue()).isEqualTo("Open-source maintainers");

		HttpResponse<String> fetched = client.get("/v0/imports/" + id);
		assertJson(fetched, 200);
		SchemaCheck.assertValid("Import", fetched.body());

		HttpResponse<String> updated = client.send("PATCH", "/v0/imports/" + id, "{\"title\":\"Renamed\"}");
		assertJson(updated, 200);
		SchemaCheck.assertValid("Import", updated.body());

		assertThat(client.upload(body, "name,site\nAcme,acme.com\n").statusCode()).isEqualTo(200);
		clock.advance(Duration.ofSeconds(10));
		HttpResponse<String> deleted = client.send("DELETE", "/v0/imports/" + id, null);
		assertJson(deleted, 200);
		SchemaCheck.assertValid("Import", deleted.body());
		assertThat(SandboxClient.json(deleted).get("status").stringValue()).isEqualTo("completed");
	}

	@Test
	void failedImportsValidateWithAllFailureFieldsSet() {
		JsonNode created = client.create("{\"type\":\"person\"}");
		client.upload(created, "");
		clock.advance(Duration.ofSeconds(10));
		HttpResponse<String> failed = client.get("/v0/imports/" + created.get("id").stringValue());
		SchemaCheck.assertValid("Import", failed.body());
		JsonNode body = SandboxClient.json(failed);
		assertThat(body.get("failedReason").stringValue()).isEqualTo("invalid_file_content");
		assertThat(body.get("failedAt").stringValue()).isEqualTo("2026-11-30T12:00:10.000Z");
		assertThat(body.get("failedMessage").stringValue()).isNotBlank();
	}

	@Test
	void errorBodiesValidateAsTheEnvelope() {
		for (HttpResponse<String> error : List.of(client.get("/v0/imports?limit=0"), client.get("/v0/imports/nope"),
				client.send("PUT", "/v0/imports", "{}"), client.send("POST", "/v0/imports", "not json"),
				client.exchange(client.request("/v0/imports").setHeader("x-api-key", "wrong")),
				client.raw("GET", "/elsewhere", null))) {
			assertThat(error.statusCode()).isBetween(400, 499);
			assertThat(error.headers().firstValue("Content-Type")).hasValue("application/json");
			SchemaCheck.assertValid("Error", error.body());
			assertThat(SandboxClient.json(error).get("requestId").stringValue())
				.isEqualTo(error.headers().firstValue("X-Request-Id").orElseThrow());
		}
	}

	@Test
	void theSchemaRejectsWhatTheSpecForbids() {
		assertThat(SchemaCheck.errors("Import", "{\"id\":\"x\"}")).isNotEmpty();
		String valid = client.get("/v0/imports/" + client.create("{\"type\":\"company\"}").get("id").stringValue()).body();
		assertThat(SchemaCheck.errors("Import", valid.replace("\"pending\"", "\"canceled\""))).isNotEmpty();
		assertThat(SchemaCheck.errors("Import", valid.replace("\"createdAt\":\"2026", "\"createdAt\":\"yesterday"))).isNotEmpty();
		assertThat(SchemaCheck.errors("Import", valid.replace("\"entity\":{\"type\":\"company\"}",
				"\"entity\":{\"type\":\"custom\"}"))).isNotEmpty();
	}

	private static void assertJson(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("req_[A-Za-z0-9]{20}"));
	}
}
