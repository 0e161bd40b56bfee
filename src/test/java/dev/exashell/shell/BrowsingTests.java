package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.cli.Version;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** list, next, prev and status against the sandbox: every page is the page the API gives. */
class BrowsingTests {

	private static final String END_OF_LIST = "end of list: there is no next page (prev goes back, list starts over)\n";

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
	void listPipedPrintsTheApisFirstPageAsTsvAndNothingElse() {
		Result result = TestShell.piped(sandbox).run("list");

		assertThat(result).isEqualTo(new Result(0, Expected.tsv(api.list(null, 25).data()), ""));
	}

	@Test
	void listOnATerminalPrintsAHeaderOneRowPerImportAndTheFooter() {
		Result result = TestShell.terminal(sandbox).run("list");

		List<Import> page = api.list(null, 25).data();
		List<String> lines = result.outLines();
		assertThat(result.code()).isZero();
		assertThat(lines).hasSize(26);
		assertThat(Expected.cellsOf(lines.get(0)))
			.containsExactly("#", "ID", "STATUS", "TITLE", "ENTITY", "FORMAT", "COUNT", "CREATED");
		for (int row = 1; row <= 25; row++) {
			assertThat(Expected.cellsOf(lines.get(row))).as("row %d", row)
				.isEqualTo(Expected.tableCells(row, page.get(row - 1)));
		}
		assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
		assertThat(result.err()).isEqualTo("25 shown · more: next\n");
	}

	@Test
	void nextAndPrevMoveThroughThePagesTheApiGives() {
		TestShell shell = TestShell.piped(sandbox);
		ImportPage first = api.list(null, 5);
		ImportPage second = api.list(first.nextCursor(), 5);
		ImportPage third = api.list(second.nextCursor(), 5);

		assertThat(shell.run("list --limit 5")).isEqualTo(ok(first));
		assertThat(shell.run("next")).isEqualTo(ok(second));
		assertThat(shell.run("next")).isEqualTo(ok(third));
		assertThat(shell.run("prev")).isEqualTo(ok(second));
		assertThat(shell.run("prev")).isEqualTo(ok(first));
		assertThat(shell.run("prev")).isEqualTo(new Result(0, "", "already at the first page\n"));
		assertThat(shell.run("next")).isEqualTo(ok(second));
	}

	@Test
	void nextOnTheLastPageSaysEndOfListAndSucceeds() {
		TestShell shell = TestShell.piped(sandbox);
		List<Import> all = Expected.allImports(api);

		assertThat(shell.run("list --limit 200").out()).isEqualTo(Expected.tsv(all.subList(0, 200)));
		assertThat(shell.run("next").out()).isEqualTo(Expected.tsv(all.subList(200, all.size())));
		assertThat(shell.run("next")).isEqualTo(new Result(0, "", END_OF_LIST));
		assertThat(shell.run("next")).isEqualTo(new Result(0, "", END_OF_LIST));
		assertThat(shell.run("prev").out()).isEqualTo(Expected.tsv(all.subList(0, 200)));
	}

	@Test
	void nextBeforeAnyListIsAUsageError() {
		assertThat(TestShell.piped(sandbox).run("next")).isEqualTo(new Result(2, "", """
				error: there is no current page yet
				hint: run list first (or filter --status S), then next and prev move through the pages
				"""));
	}

	@Test
	void statusTellsWhatTheSessionRemembers() {
		TestShell shell = TestShell.piped(sandbox);
		String before = shell.run("status").out();
		shell.run("list --limit 5");
		shell.run("next");
		ImportPage first = api.list(null, 5);
		ImportPage second = api.list(first.nextCursor(), 5);

		Result after = shell.run("status");

		String head = "version      " + Version.current() + "\n" //
				+ "base URL     " + sandbox.baseUrl() + " (embedded sandbox)\n" //
				+ "API key      no key needed (sandbox)\n" //
				+ "filter       none\n";
		assertThat(before).isEqualTo(head + "page         none yet: run list\n");
		assertThat(after).isEqualTo(new Result(0, head + "page         2 · 5 imports · limit 5\n" //
				+ "page cursor  " + first.nextCursor() + "\n" //
				+ "next cursor  " + second.nextCursor() + "\n" //
				+ "has more     true\n" //
				+ "rows         1-5 (show N)\n", ""));
	}

	private static Result ok(ImportPage page) {
		return new Result(0, Expected.tsv(page.data()), "");
	}
}
