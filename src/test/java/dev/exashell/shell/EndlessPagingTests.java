package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.FakeClock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every walker against a server whose paging never ends (the sandbox's {@code stale-cursor}
 * fault: every list answer is the first page again, {@code hasMore: true}, the same
 * {@code nextCursor}): each stops at the repeated cursor with one {@code error:} line and exit 1,
 * after exactly the requests it took to see it. The timeout only keeps a regression from hanging.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class EndlessPagingTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;
	private static List<Import> all;
	private static String cursorAfter200;

	@BeforeAll
	static void readTheRealList() {
		sandbox = SHARED.server();
		all = Expected.allImports(TestShell.direct(sandbox));
		cursorAfter200 = TestShell.direct(sandbox).list(null, 200).nextCursor();
	}

	@BeforeEach
	void loopForever() {
		sandbox.setFaults("stale-cursor:1");
	}

	@Test
	void listAllPrintsTheFirstPageOnceAndStopsAtTheRepeatedCursor() {
		Result result = TestShell.piped(sandbox).run("list --all");

		assertThat(result).isEqualTo(new Result(1, Expected.tsv(all.subList(0, 200)), Expected.cursorAgain(cursorAfter200, 2, 200)));
		assertThat(listRequests()).containsExactly("limit=200", "cursor=" + cursorAfter200 + "&limit=200");
	}

	@Test
	void listWithAStatusStopsInsteadOfScanningForever() {
		Result result = TestShell.piped(sandbox).run("list --status pending");

		assertThat(result).isEqualTo(new Result(1, "", Expected.cursorAgain(cursorAfter200, 2, 200)));
		assertThat(listRequests()).hasSize(2);
	}

	@Test
	void listAllWithAStatusStopsToo() {
		Result result = TestShell.piped(sandbox).run("list --all --status pending");

		assertThat(result).isEqualTo(new Result(1, Expected.tsv(matching(all.subList(0, 200), "pending")),
				Expected.cursorAgain(cursorAfter200, 2, 200)));
		assertThat(listRequests()).hasSize(2);
	}

	@Test
	void filterStopsInsteadOfSpinning() {
		Result result = TestShell.piped(sandbox).run("filter --status pending");

		assertThat(result).isEqualTo(new Result(1, "", Expected.cursorAgain(cursorAfter200, 2, 200)));
		assertThat(listRequests()).hasSize(2);
	}

	@Test
	void nextUnderAFilterStopsWithoutShowingAnImportTwice() {
		List<Import> pending = matching(all.subList(0, 200), "pending");
		TestShell shell = TestShell.piped(sandbox);
		Result first = shell.run("filter --status pending --limit 10");
		assertThat(first.out()).isEqualTo(Expected.tsv(pending.subList(0, 10)));
		int resumedAt = all.indexOf(pending.get(9)) + 1;
		int before = sandbox.requests().size();

		Result next = shell.run("next");

		assertThat(next).isEqualTo(new Result(1, "", Expected.cursorAgain(cursorAfter200, 2, 200 - resumedAt)));
		assertThat(sandbox.requests().size() - before).isEqualTo(2);
	}

	@Test
	void nextWithoutAFilterRefusesAPageThatPointsBackAtItself() {
		TestShell shell = TestShell.piped(sandbox);
		String cursorAfter25 = TestShell.direct(sandbox).list(null, 25).nextCursor();
		assertThat(shell.run("list").out()).isEqualTo(Expected.tsv(all.subList(0, 25)));

		Result next = shell.run("next");

		assertThat(next).isEqualTo(new Result(1, "", Expected.cursorAgain(cursorAfter25, 1, 0).replace("1 pages", "1 page")));
	}

	@Test
	void onATerminalAScanLongerThanASecondShowsItsProgressThenErasesIt() {
		TestShell shell = TestShell.watching(sandbox, SandboxOptions.DEFAULT_API_KEY, OutputFormat.TABLE, true,
				FakeClock.ticking(), duration -> {
				});
		int pending = matching(all.subList(0, 200), "pending").size();

		Result result = shell.run("filter --status pending");

		assertThat(result).isEqualTo(new Result(1, "", "\rfetched 1 page · 200 imports · " + pending + " matched…\033[K"
				+ "\r\033[K" + Expected.cursorAgain(cursorAfter200, 2, 200)));
	}

	@Test
	void onATerminalListAllErasesItsProgressBeforeTheError() {
		TestShell shell = TestShell.watching(sandbox, SandboxOptions.DEFAULT_API_KEY, OutputFormat.TABLE, true,
				FakeClock.ticking(), duration -> {
				});

		Result result = shell.run("list --all");

		assertThat(result.outLines()).hasSize(201);
		assertThat(result.err()).isEqualTo("\rfetched 1 page · 200 imports…\033[K\r\033[K" + Expected.cursorAgain(cursorAfter200, 2, 200));
	}

	private static List<Import> matching(List<Import> imports, String... statuses) {
		return imports.stream().filter(i -> Set.of(statuses).contains(i.status().value())).toList();
	}

	/** The queries of the list requests the sandbox received. */
	private static List<String> listRequests() {
		return sandbox.requests().stream().filter(r -> r.path().equals("/websets/v0/imports")).map(r -> r.query())
			.toList();
	}
}
