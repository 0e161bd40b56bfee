package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ErrorResponseTests {

	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withImports(10));
	private final SandboxClient client = new SandboxClient(server);

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void aMissingKeyIs401() {
		HttpResponse<String> response = client.exchange(client.request("/v0/imports").setHeader("x-api-key", "")
			.headers("Content-Type", "application/json"));
		assertError(response, 401, "UNAUTHORIZED", "INVALID_API_KEY");
		HttpResponse<String> none = client.raw("GET", "/websets/v0/imports", null);
		assertError(none, 401, "UNAUTHORIZED", "MISSING_API_KEY");
		assertThat(message(none)).contains("x-api-key");
	}

	@Test
	void aWrongKeyIs401AndIsNotEchoed() {
		HttpResponse<String> response = client.exchange(client.request("/v0/imports/x").setHeader("x-api-key", "s3cr3t-guess"));
		assertError(response, 401, "UNAUTHORIZED", "INVALID_API_KEY");
		assertThat(response.body()).doesNotContain("s3cr3t-guess");
	}

	@Test
	void aBearerTokenIsAcceptedLikeTheRealApi() {
		HttpResponse<String> response = client.exchange(client.request("/v0/imports").setHeader("x-api-key", "")
			.header("Authorization", "Bearer sandbox"));
		assertThat(response.statusCode()).isEqualTo(200);
		HttpResponse<String> wrong = client.raw("GET", "/websets/v0/imports", null);
		assertThat(wrong.statusCode()).isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "201", "-1", "abc", "1.5", "", "99999999999" })
	void limitsOutsideOneTo200AreRejected(String limit) {
		HttpResponse<String> response = client.get("/v0/imports?limit=" + limit);
		assertError(response, 400, "INVALID_REQUEST", "INVALID_LIMIT");
		assertThat(message(response)).contains("limit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "200" })
	void limitsAtTheBoundsAreAccepted(String limit) {
		assertThat(client.get("/v0/imports?limit=" + limit).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not-a-cursor", "djF8MXxpbXBfeA.AAAAAAAAAAAAAAAAAAAAAA" })
	void emptyOrNeverIssuedCursorsAre400(String cursor) {
		HttpResponse<String> response = client.get("/v0/imports?cursor=" + cursor);
		assertError(response, 400, "INVALID_REQUEST", "INVALID_CURSOR");
		assertThat(message(response)).contains("cursor");
	}

	@ParameterizedTest
	@CsvSource({ "GET,/v0/imports/imp_doesnotexist0000000", "PATCH,/v0/imports/imp_doesnotexist0000000",
			"DELETE,/v0/imports/imp_doesnotexist0000000", "GET,/v0/imports/a%20b" })
	void unknownIdsAre404(String method, String path) {
		HttpResponse<String> response = client.send(method, path, method.equals("PATCH") ? "{\"title\":\"x\"}" : null);
		assertError(response, 404, "NOT_FOUND", "IMPORT_NOT_FOUND");
	}

	@Test
	void anIdIsOnePercentDecodedSegment() {
		JsonNode created = client.create("{\"type\":\"company\"}");
		String id = created.get("id").stringValue();
		String encoded = "imp%5F" + id.substring(4);
		assertThat(SandboxClient.json(client.get("/v0/imports/" + encoded)).get("id").stringValue()).isEqualTo(id);
		assertThat(message(client.get("/v0/imports/a%2Fb"))).isEqualTo("Import not found: a/b");
		assertError(client.get("/v0/imports/" + id + "/b"), 404, "NOT_FOUND", "ROUTE_NOT_FOUND");
		assertError(client.get("/v0/imports/a/b"), 404, "NOT_FOUND", "ROUTE_NOT_FOUND");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/v0/imports/", "/v0/import", "/v0", "", "/v1/imports", "/v0/imports/x/y/z", "/v0/webhooks" })
	void unknownPathsUnderWebsetsAre404(String path) {
		assertError(client.get(path), 404, "NOT_FOUND", "ROUTE_NOT_FOUND");
	}

	@ParameterizedTest
	@CsvSource({ "PUT,/v0/imports,'GET, POST'", "DELETE,/v0/imports,'GET, POST'", "PATCH,/v0/imports,'GET, POST'",
			"POST,/v0/imports/imp_x,'GET, PATCH, DELETE'", "PUT,/v0/imports/imp_x,'GET, PATCH, DELETE'" })
	void wrongMethodsAre405WithAllow(String method, String path, String allow) {
		HttpResponse<String> response = client.send(method, path, "{}");
		assertError(response, 405, "METHOD_NOT_ALLOWED", "METHOD_NOT_ALLOWED");
		assertThat(response.headers().firstValue("Allow")).hasValue(allow);
	}

	/** One character (a code point) that is two UTF-16 units. */
	private static final String FOX = "\uD83E\uDD8A";

	static Stream<Arguments> invalidCreateBodies() {
		String entity = "\"entity\":{\"type\":\"company\"}";
		String base = "\"format\":\"csv\",\"size\":10,\"count\":1,";
		return Stream.of(Arguments.of("not json", "body", "not valid JSON"), Arguments.of("", "body", "empty"),
				Arguments.of("[1,2]", "body", "JSON object"), Arguments.of("{} trailing", "body", "not valid JSON"),
				Arguments.of("{\"format\":\"csv\",\"count\":1," + entity + "}", "size", "size is required"),
				Arguments.of("{\"format\":\"csv\",\"size\":1," + entity + "}", "count", "count is required"),
				Arguments.of("{\"size\":1,\"count\":1," + entity + "}", "format", "format is required"),
				Arguments.of("{" + base + "\"entity\":null}", "entity", "entity is required"),
				Arguments.of("{\"format\":\"webset\",\"size\":1,\"count\":1," + entity + "}", "format", "format must be \"csv\""),
				Arguments.of("{\"format\":\"csv\",\"size\":50000001,\"count\":1," + entity + "}", "size", "at most 50000000"),
				Arguments.of("{\"format\":\"csv\",\"size\":-1,\"count\":1," + entity + "}", "size", "must not be negative"),
				Arguments.of("{\"format\":\"csv\",\"size\":\"10\",\"count\":1," + entity + "}", "size", "must be a number"),
				Arguments.of("{\"format\":\"csv\",\"size\":1.5,\"count\":1," + entity + "}", "size", "whole number"),
				Arguments.of("{\"format\":\"csv\",\"size\":1,\"count\":-3," + entity + "}", "count", "must not be negative"),
				Arguments.of("{" + base + "\"entity\":{\"type\":\"planet\"}}", "entity.type", "entity.type must be one of"),
				Arguments.of("{" + base + "\"entity\":{}}", "entity.type", "entity.type is required"),
				Arguments.of("{" + base + "\"entity\":\"company\"}", "entity", "entity must be an object"),
				Arguments.of("{" + base + "\"entity\":{\"type\":\"custom\"}}", "entity.description", "2 to 200"),
				Arguments.of("{" + base + "\"entity\":{\"type\":\"custom\",\"description\":\"x\"}}", "entity.description", "2 to 200"),
				Arguments.of("{" + base + "\"entity\":{\"type\":\"custom\",\"description\":\"" + "d".repeat(201) + "\"}}",
						"entity.description", "2 to 200"),
				Arguments.of("{" + base + entity + ",\"metadata\":{\"k\":\"" + "v".repeat(1001) + "\"}}", "metadata.k",
						"metadata.k must be at most 1000 characters"),
				Arguments.of("{" + base + "\"entity\":{\"type\":\"custom\",\"description\":\"" + FOX.repeat(201) + "\"}}",
						"entity.description", "2 to 200"),
				Arguments.of("{" + base + entity + ",\"metadata\":{\"k\":\"" + FOX.repeat(1001) + "\"}}", "metadata.k",
						"metadata.k must be at most 1000 characters"),
				Arguments.of("{" + base + entity + ",\"metadata\":{\"n\":5}}", "metadata.n", "metadata.n must be a string"),
				Arguments.of("{" + base + entity + ",\"metadata\":[]}", "metadata", "metadata must be an object"),
				Arguments.of("{" + base + entity + ",\"title\":7}", "title", "title must be a string"),
				Arguments.of("{" + base + entity + ",\"csv\":{\"identifier\":-1}}", "csv.identifier", "csv.identifier"));
	}

	@ParameterizedTest
	@MethodSource("invalidCreateBodies")
	void invalidCreateBodiesAre400NamingTheField(String body, String field, String message) {
		HttpResponse<String> response = client.send("POST", "/v0/imports", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode error = SandboxClient.json(response).get("error");
		assertThat(error.get("type").stringValue()).isEqualTo("INVALID_REQUEST");
		assertThat(error.get("message").stringValue()).contains(message);
		if (!field.equals("body")) {
			assertThat(error.get("code").stringValue()).isEqualTo("INVALID_PARAMETER");
			assertThat(error.get("detail").get("field").stringValue()).isEqualTo(field);
			assertThat(error.get("message").stringValue()).contains(field);
		}
		else {
			assertThat(error.get("code").stringValue()).isEqualTo("INVALID_JSON");
		}
	}

	@Test
	void boundaryCreateBodiesAreAccepted() {
		String ok = "{\"format\":\"csv\",\"size\":50000000,\"count\":0,\"entity\":{\"type\":\"custom\",\"description\":\"VC\"},"
				+ "\"metadata\":{\"k\":\"" + "v".repeat(1000) + "\"},\"unknownField\":true}";
		assertThat(client.send("POST", "/v0/imports", ok).statusCode()).isEqualTo(201);
	}

	@Test
	void lengthsAreCountedInCharactersNotUtf16Units() {
		String ok = "{\"format\":\"csv\",\"size\":10,\"count\":1,\"entity\":{\"type\":\"custom\",\"description\":\""
				+ FOX.repeat(200) + "\"},\"metadata\":{\"k\":\"" + FOX.repeat(1000) + "\"}}";
		HttpResponse<String> created = client.send("POST", "/v0/imports", ok);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = SandboxClient.json(created).get("id").stringValue();
		String patch = "{\"metadata\":{\"k\":\"" + FOX.repeat(1000) + "\"}}";
		assertThat(client.send("PATCH", "/v0/imports/" + id, patch).statusCode()).isEqualTo(200);
		String tooLong = "{\"metadata\":{\"k\":\"" + FOX.repeat(1001) + "\"}}";
		assertError(client.send("PATCH", "/v0/imports/" + id, tooLong), 400, "INVALID_REQUEST", "INVALID_PARAMETER");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "{\"title\":5}|title", "{\"title\":null}|title",
			"{\"metadata\":{\"a\":1}}|metadata.a", "{\"metadata\":\"x\"}|metadata", "{\"metadata\":null}|metadata" })
	void patchRejectsNonStringValues(String body, String field) {
		String id = client.create("{\"type\":\"company\"}").get("id").stringValue();
		HttpResponse<String> response = client.send("PATCH", "/v0/imports/" + id, body);
		assertError(response, 400, "INVALID_REQUEST", "INVALID_PARAMETER");
		assertThat(message(response)).startsWith(field + " must");
		assertThat(client.send("PATCH", "/v0/imports/" + id, "nope").statusCode()).isEqualTo(400);
	}

	static void assertError(HttpResponse<String> response, int status, String type, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode error = SandboxClient.json(response).get("error");
		assertThat(error.get("type").stringValue()).isEqualTo(type);
		assertThat(error.get("code").stringValue()).isEqualTo(code);
		assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
		SchemaCheck.assertValid("Error", response.body());
	}

	static String message(HttpResponse<String> response) {
		return SandboxClient.json(response).get("error").get("message").stringValue();
	}
}
