package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code -o json} and {@code -o jsonl} print each import as the API sent it: fields in its order,
 * numbers and strings in its forms ({@code 2.5}, {@code 1e20}, {@code .000}, {@code +02:00}, an
 * upper-case status), unknown fields kept, however deep. The server is a fixture on 127.0.0.1 that
 * answers with fixed, unusual but well-formed objects.
 */
class ApiObjectsVerbatimTests {

	/** Fields out of the usual order, a fractional count, offsets and fractions in times, unknown fields. */
	static final String ODD_1 = "{\"updatedAt\":\"2026-11-30T12:00:00.000Z\",\"id\":\"imp_odd1\",\"object\":\"import\","
			+ "\"status\":\"COMPLETED\",\"format\":\"csv\",\"entity\":{\"type\":\"company\",\"extra\":{\"nested\":[1,2.50,"
			+ "{\"deep\":true,\"none\":null}]}},\"title\":\"Z\u00fcrich \\\"quoted\\\"\",\"count\":2.5,\"metadata\":{\"k\":\"v\"},"
			+ "\"failedReason\":null,\"failedAt\":null,\"failedMessage\":null,"
			+ "\"createdAt\":\"2026-11-30T14:00:00.000+02:00\",\"futureField\":{\"a\":[],\"b\":{},\"c\":1E+2}}";

	/** A count beyond any long, other number forms, a fractional timezone. */
	static final String ODD_2 = "{\"id\":\"imp_odd2\",\"object\":\"import\",\"status\":\"processing\",\"format\":\"csv\","
			+ "\"entity\":{\"type\":\"custom\",\"description\":\"labs\"},\"title\":\"big\",\"count\":1e20,\"metadata\":{},"
			+ "\"failedReason\":null,\"failedAt\":null,\"failedMessage\":null,\"createdAt\":\"2026-11-29T23:59:59Z\","
			+ "\"updatedAt\":\"2026-11-30T00:00:00.000+05:30\",\"x-unknown\":-0.0,\"x-big\":100000000000000000000000}";

	static final String ODD_3 = "{\"id\":\"imp_odd3\",\"object\":\"import\",\"status\":\"failed\",\"format\":\"csv\","
			+ "\"entity\":null,\"title\":\"t\",\"count\":1.0,\"metadata\":{},\"failedReason\":\"invalid_format\","
			+ "\"failedAt\":\"2026-11-30T01:00:00.100-01:00\",\"failedMessage\":\"bad\",\"createdAt\":\"2026-11-30T00:00:00Z\","
			+ "\"updatedAt\":\"2026-11-30T01:00:00.100-01:00\"}";

	/** Compact, and longer than the 4,096 characters a JSON-lines writer starts with. */
	static final String LONG_4 = "{\"id\":\"imp_long4\",\"object\":\"import\",\"status\":\"completed\",\"title\":\""
			+ "na\u00efve \u65e5\u672c ".repeat(600) + "\",\"count\":3}";

	/** With an escaped slash: copied token by token, which writes the slash as it is. */
	static final String SLASH_5 = "{\"id\":\"imp_slash5\",\"title\":\"a\\/b \u00e9\",\"count\":5}";

	static final String PRETTY_1 = """
			{
			  "updatedAt": "2026-11-30T12:00:00.000Z",
			  "id": "imp_odd1",
			  "object": "import",
			  "status": "COMPLETED",
			  "format": "csv",
			  "entity": {
			    "type": "company",
			    "extra": {
			      "nested": [
			        1,
			        2.50,
			        {
			          "deep": true,
			          "none": null
			        }
			      ]
			    }
			  },
			  "title": "Z\u00fcrich \\"quoted\\"",
			  "count": 2.5,
			  "metadata": {
			    "k": "v"
			  },
			  "failedReason": null,
			  "failedAt": null,
			  "failedMessage": null,
			  "createdAt": "2026-11-30T14:00:00.000+02:00",
			  "futureField": {
			    "a": [],
			    "b": {},
			    "c": 1E+2
			  }
			}""";

	static final String PRETTY_2 = """
			{
			  "id": "imp_odd2",
			  "object": "import",
			  "status": "processing",
			  "format": "csv",
			  "entity": {
			    "type": "custom",
			    "description": "labs"
			  },
			  "title": "big",
			  "count": 1e20,
			  "metadata": {},
			  "failedReason": null,
			  "failedAt": null,
			  "failedMessage": null,
			  "createdAt": "2026-11-29T23:59:59Z",
			  "updatedAt": "2026-11-30T00:00:00.000+05:30",
			  "x-unknown": -0.0,
			  "x-big": 100000000000000000000000
			}""";

	private static HttpServer server;

	private static URI baseUrl;

	@BeforeAll
	static void startFixture() throws IOException {
		Map<String, String> bodies = Map.of(
				"/v0/imports", "{\"data\":[" + ODD_1 + "," + ODD_2 + "],\"hasMore\":true,\"nextCursor\":\"c2\"}",
				"/v0/imports?cursor=c2", "{\"nextCursor\":null,\"data\":[" + ODD_3 + "," + LONG_4 + "," + SLASH_5 + ","
						+ ODD_2 + "],\"hasMore\":false}",
				"/v0/imports/imp_odd1", ODD_1,
				"/v0/imports/imp_odd2", ODD_2,
				"/v0/imports/imp_odd3", ODD_3);
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> answer(exchange, bodies));
		server.setExecutor(Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "verbatim-fixture");
			thread.setDaemon(true);
			return thread;
		}));
		server.start();
		baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** The body for the path (and cursor, if any); the page size asked for does not matter. */
	private static void answer(HttpExchange exchange, Map<String, String> bodies) throws IOException {
		String query = exchange.getRequestURI().getRawQuery();
		String cursor = query == null ? "" : java.util.Arrays.stream(query.split("&"))
			.filter(p -> p.startsWith("cursor="))
			.map(p -> "?" + p)
			.findFirst()
			.orElse("");
		String body = bodies.get(exchange.getRequestURI().getRawPath() + cursor);
		byte[] bytes = (body == null ? "{\"error\":\"not here\"}" : body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@AfterAll
	static void stopFixture() {
		server.stop(0);
	}

	@Test
	void listJsonPrintsEachObjectAsReceivedInTheEnvelope() {
		Result result = TestShell.at(baseUrl, OutputFormat.TABLE).run("list -o json");

		assertThat(result).isEqualTo(new Result(0, "{\n  \"data\": [\n" + indent(PRETTY_1) + ",\n" + indent(PRETTY_2)
				+ "\n  ],\n  \"hasMore\": true,\n  \"nextCursor\": \"c2\"\n}\n", ""));
	}

	@Test
	void listJsonlPrintsEachObjectAsReceivedOnALine() {
		Result result = TestShell.at(baseUrl, OutputFormat.JSONL).run("list");

		assertThat(result).isEqualTo(new Result(0, ODD_1 + "\n" + ODD_2 + "\n", ""));
	}

	@Test
	void listAllJsonlPrintsEveryPagesObjectsAsReceived() {
		Result result = TestShell.at(baseUrl, OutputFormat.TABLE).run("list --all -o jsonl");

		assertThat(result.out()).isEqualTo(ODD_1 + "\n" + ODD_2 + "\n" + ODD_3 + "\n" + LONG_4 + "\n"
				+ SLASH_5.replace("\\/", "/") + "\n" + ODD_2 + "\n");
		assertThat(result.code()).isZero();
	}

	@Test
	void showJsonPrintsTheObjectAsReceived() {
		TestShell shell = TestShell.at(baseUrl, OutputFormat.TABLE);

		assertThat(shell.run("show imp_odd1 -o json")).isEqualTo(new Result(0, PRETTY_1 + "\n", ""));
		assertThat(shell.run("show imp_odd2 -o jsonl")).isEqualTo(new Result(0, ODD_2 + "\n", ""));
	}

	@Test
	void watchJsonEventsGiveCountAndFailedAtAsSent() {
		TestShell shell = TestShell.at(baseUrl, OutputFormat.JSONL);

		assertThat(shell.run("watch imp_odd1").out()).isEqualTo("{\"time\":\"2026-11-30T12:00:00Z\",\"id\":\"imp_odd1\","
				+ "\"status\":\"completed\",\"previousStatus\":null,\"count\":2.5}\n");
		Result failed = shell.run("watch imp_odd3");
		assertThat(failed.out()).isEqualTo("{\"time\":\"2026-11-30T12:00:00Z\",\"id\":\"imp_odd3\",\"status\":\"failed\","
				+ "\"previousStatus\":null,\"failedReason\":\"invalid_format\",\"failedMessage\":\"bad\","
				+ "\"failedAt\":\"2026-11-30T01:00:00.100-01:00\"}\n");
		assertThat(failed.code()).isEqualTo(5);
	}

	@Test
	void theTableShowsUnusualObjectsAsBestItCan() {
		Result result = TestShell.at(baseUrl, OutputFormat.AUTO).run("list");

		assertThat(result.code()).isZero();
		assertThat(result.outLines()).hasSize(2);
		assertThat(result.outLines().get(0)).startsWith("imp_odd1\tcompleted\t");
		assertThat(result.outLines().get(1)).startsWith("imp_odd2\tprocessing\tbig\tcustom\tcsv\t9223372036854775807\t");
	}

	private static String indent(String text) {
		return text.lines().map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElse("");
	}
}
