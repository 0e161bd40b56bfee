package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** list --all, -o json, jsonl and csv against the sandbox. */
class OutputFormatTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;
	private static ExaClient api;
	private static List<Import> all;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
		api = TestShell.direct(sandbox);
		all = Expected.allImports(api);
	}

	@Test
	void listAllAsJsonLinesPrintsEveryImportOnceInListOrder() {
		Result result = TestShell.of(sandbox, OutputFormat.JSONL, false).run("list --all");

		List<JsonNode> lines = result.outLines().stream().map(JSON::readTree).toList();
		List<String> ids = lines.stream().map(line -> line.get("id").asString()).toList();
		assertThat(result.code()).isZero();
		assertThat(result.err()).isEmpty();
		assertThat(ids).hasSize(300).doesNotHaveDuplicates().isEqualTo(Expected.ids(all));
		assertThat(lines.get(0)).isEqualTo(rawApi("/v0/imports?limit=1").get("data").get(0));
	}

	@Test
	void listAllStopsAtMaxItems() {
		assertThat(TestShell.piped(sandbox).run("list --all --max-items 7"))
			.isEqualTo(new Result(0, Expected.tsv(all.subList(0, 7)), ""));
	}

	@Test
	void aCommandsOwnOutputOptionOverridesTheGlobalOne() {
		TestShell shell = TestShell.piped(sandbox);
		Result json = shell.run("list --limit 2 -o json");
		Result lines = shell.run("next --output jsonl");
		Result filtered = shell.run("filter --status failed --limit 1 -o tsv");

		assertThat(JSON.readTree(json.out())).isEqualTo(rawApi("/v0/imports?limit=2"));
		assertThat(lines.outLines()).hasSize(2)
			.allSatisfy(line -> assertThat(JSON.readTree(line).get("id").asString()).startsWith("imp_"));
		assertThat(filtered.out()).isEqualTo(Expected.tsv(all.stream()
			.filter(i -> i.status().value().equals("failed")).limit(1).toList()));
		assertThat(shell.run("list -o xml")).isEqualTo(new Result(2, "",
				"error: unknown output format 'xml'\nhint: use one of: table, tsv, json, jsonl, csv\n"));
	}

	@Test
	void jsonIsTheApisOwnListEnvelope() {
		Result result = TestShell.of(sandbox, OutputFormat.JSON, false).run("list --limit 4");

		JsonNode printed = JSON.readTree(result.out());
		assertThat(result.code()).isZero();
		assertThat(result.out()).startsWith("{\n  \"data\": [\n    {\n      \"id\": ").endsWith("}\n");
		assertThat(printed.propertyNames()).containsExactly("data", "hasMore", "nextCursor");
		assertThat(printed.get("data")).hasSize(4).allSatisfy(item -> assertThat(item.propertyNames()).containsExactly(
				"id", "object", "status", "format", "entity", "title", "count", "metadata", "failedReason", "failedAt",
				"failedMessage", "createdAt", "updatedAt"));
		assertThat(printed).isEqualTo(rawApi("/v0/imports?limit=4"));
	}

	@Test
	void csvHasAHeaderAndOneQuotedWhereNeededRowPerImportWithCrlf() {
		Result result = TestShell.of(sandbox, OutputFormat.CSV, false).run("list");

		StringBuilder csv = new StringBuilder("id,status,format,entity,entityDescription,title,count,metadata,"
				+ "failedReason,failedAt,failedMessage,createdAt,updatedAt\r\n");
		for (Import i : all.subList(0, 25)) {
			List<Object> fields = new ArrayList<>(Arrays.asList(i.id(), i.status().value(), i.format(),
					i.entity() == null ? null : i.entity().type(), i.entity() == null ? null : i.entity().description(),
					i.title(), i.count(), JSON.writeValueAsString(i.metadata()), i.failedReason(), i.failedAt(),
					i.failedMessage(), i.createdAt(), i.updatedAt()));
			csv.append(fields.stream().map(OutputFormatTests::csvField).collect(Collectors.joining(","))).append("\r\n");
		}
		assertThat(result).isEqualTo(new Result(0, csv.toString(), ""));
		assertThat(result.out()).as("some field needed quoting").contains(",\"{\"\"");
	}

	private static String csvField(Object value) {
		String text = value == null ? "" : value.toString();
		return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	/** The sandbox's own JSON for a GET, path relative to the base URL. */
	private static JsonNode rawApi(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
			.header("x-api-key", "sandbox").build();
		try {
			return JSON.readTree(HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body());
		}
		catch (IOException | InterruptedException e) {
			throw new AssertionError(e);
		}
	}
}
