package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.OutputJson;
import dev.exashell.render.RelativeTime;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.TestTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/** show by row number and by id, on a terminal and piped, and the ways it refuses. */
class ShowTests {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;
	private static ExaClient api;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
		api = TestShell.direct(sandbox);
	}

	@Test
	void aRowNumberShowsThatRowOfTheCurrentPage() {
		TestShell shell = TestShell.piped(sandbox);
		shell.run("list --limit 5");
		shell.run("next");
		Import second = api.get(shell.session().row(2).orElseThrow().id());

		Result byRow = shell.run("show 2");

		assertThat(byRow).isEqualTo(new Result(0, detailTsv(second), ""));
		assertThat(shell.run("show " + second.id())).isEqualTo(byRow);
	}

	@Test
	void anIdOnATerminalShowsEveryFieldUnderFixedLabelsWithTheFailureHint() {
		Import failed = Expected.allImports(api).stream()
			.filter(i -> i.status().value().equals("failed") && i.failedReason().equals("missing_identifier")
					&& i.metadata().size() > 1)
			.findFirst().orElseThrow();

		Result result = TestShell.terminal(sandbox).run("show " + failed.id());

		StringBuilder view = new StringBuilder();
		view.append("ID         ").append(failed.id()).append('\n');
		view.append("Status     ✗ failed\n");
		view.append("Reason     missing_identifier\n");
		view.append("Message    ").append(failed.failedMessage()).append('\n');
		view.append("Failed at  ").append(withAge(failed.failedAt())).append('\n');
		view.append("Title      ").append(failed.title()).append('\n');
		view.append("Format     ").append(failed.format()).append('\n');
		view.append("Entity     ").append(failed.entity().description() == null ? failed.entity().type()
				: failed.entity().type() + " — " + failed.entity().description()).append('\n');
		view.append("Count      0\n");
		view.append("Created    ").append(withAge(failed.createdAt())).append('\n');
		view.append("Updated    ").append(withAge(failed.updatedAt())).append('\n');
		String label = "Metadata   ";
		for (Map.Entry<String, String> entry : failed.metadata().entrySet()) {
			view.append(label).append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
			label = " ".repeat(11);
		}
		assertThat(result).isEqualTo(new Result(0, view.toString(),
				"hint: the file needs a column of URLs; pass --identifier N to name it\n"));
	}

	@Test
	void jsonIsTheApisImportObject() {
		String id = api.list(null, 3).data().get(2).id();

		Result result = TestShell.of(sandbox, OutputFormat.JSON, false).run("show " + id);

		assertThat(result.code()).isZero();
		assertThat(result.out()).startsWith("{\n  \"id\": \"" + id + "\",\n  \"object\": \"import\",\n").endsWith("}\n");
		assertThat(OutputJson.mapper().readValue(result.out(), Import.class)).isEqualTo(api.get(id));
		assertThat(JsonMapper.builder().build().readTree(result.out()).propertyNames()).containsExactly("id", "object",
				"status", "format", "entity", "title", "count", "metadata", "failedReason", "failedAt", "failedMessage",
				"createdAt", "updatedAt");
	}

	@Test
	void aRowPastTheCurrentPageIsAUsageError() {
		TestShell shell = TestShell.piped(sandbox);
		shell.run("list");

		assertThat(shell.run("show 99")).isEqualTo(new Result(2, "", """
				error: there is no row 99 on the current page (rows 1-25)
				hint: pick a row from 1 to 25, or give an import id
				"""));
	}

	@Test
	void aRowBeforeAnyListIsAUsageError() {
		assertThat(TestShell.piped(sandbox).run("show 2")).isEqualTo(new Result(2, "", """
				error: there is no row 2: nothing has been listed yet
				hint: run list first, then show a row number, or give an import id
				"""));
	}

	@Test
	void anUnknownIdIsNotFound() {
		assertThat(TestShell.piped(sandbox).run("show imp_doesnotexist")).isEqualTo(new Result(3, "", """
				error: not found: HTTP 404: Import not found: imp_doesnotexist
				hint: list shows the ids that exist
				"""));
	}

	private static String withAge(Instant then) {
		return UTC.format(then) + " · " + RelativeTime.format(then, TestTime.NOW);
	}

	/** {@code field<TAB>value} lines in API order; entity split in two, one line per metadata entry. */
	private static String detailTsv(Import i) {
		List<String> lines = new ArrayList<>();
		lines.add("id\t" + i.id());
		lines.add("object\timport");
		lines.add("status\t" + i.status().value());
		lines.add("format\t" + i.format());
		lines.add("entity\t" + (i.entity() == null ? "" : i.entity().type()));
		lines.add("entity.description\t" + (i.entity() == null || i.entity().description() == null ? ""
				: i.entity().description()));
		lines.add("title\t" + i.title());
		lines.add("count\t" + i.count());
		i.metadata().forEach((key, value) -> lines.add("metadata." + key + "\t" + value));
		lines.add("failedReason\t" + (i.failedReason() == null ? "" : i.failedReason()));
		lines.add("failedAt\t" + (i.failedAt() == null ? "" : i.failedAt()));
		lines.add("failedMessage\t" + (i.failedMessage() == null ? "" : i.failedMessage()));
		lines.add("createdAt\t" + i.createdAt());
		lines.add("updatedAt\t" + i.updatedAt());
		return String.join("\n", lines) + "\n";
	}
}
