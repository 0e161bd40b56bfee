package dev.exashell.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real JDK HttpClient against a sandbox, with the API key, for tests. */
final class SandboxClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final SandboxServer server;
	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	SandboxClient(SandboxServer server) {
		this.server = server;
	}

	/** {@code path} is relative to the base URL, e.g. {@code /v0/imports?limit=5}. */
	HttpResponse<String> get(String path) {
		return send("GET", path, null);
	}

	HttpResponse<String> send(String method, String path, String body) {
		return exchange(request(path).method(method,
				body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body)));
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10))
			.header("x-api-key", "sandbox").header("Content-Type", "application/json");
	}

	/** A request outside the base URL: {@code /_sandbox/reset}, {@code /_upload/...}, absolute URLs. */
	HttpResponse<String> raw(String method, String pathOrUrl, byte[] body) {
		URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
				: URI.create("http://127.0.0.1:" + server.port() + pathOrUrl);
		return exchange(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method(method,
				body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body)));
	}

	HttpResponse<String> exchange(HttpRequest.Builder builder) {
		try {
			return http.send(builder.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** POSTs a CSV import and returns the 201 body. */
	JsonNode create(String entityJson) {
		HttpResponse<String> response = send("POST", "/v0/imports",
				"{\"format\":\"csv\",\"entity\":" + entityJson + ",\"size\":100,\"count\":3,\"title\":\"test\"}");
		if (response.statusCode() != 201) {
			throw new AssertionError("create failed: " + response.statusCode() + " " + response.body());
		}
		return json(response);
	}

	HttpResponse<String> upload(JsonNode created, String csv) {
		return raw("PUT", created.get("uploadUrl").stringValue(), csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** Every page at {@code limit}, following nextCursor; {@code between} runs after each page. */
	List<JsonNode> walk(int limit, Runnable between) {
		List<JsonNode> all = new ArrayList<>();
		String cursor = null;
		do {
			HttpResponse<String> page = get("/v0/imports?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor));
			if (page.statusCode() != 200) {
				throw new AssertionError("page failed: " + page.statusCode() + " " + page.body());
			}
			JsonNode body = json(page);
			body.get("data").forEach(all::add);
			cursor = body.get("hasMore").booleanValue() ? body.get("nextCursor").stringValue() : null;
			between.run();
		}
		while (cursor != null);
		return all;
	}
}
