package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** filter against the sandbox: the matches are exactly what a filter over a full API walk gives. */
class FilterTests {

	private static final Pattern SUMMARY = Pattern.compile("scanned (\\d+) pages? · ([\\d,]+) imports? · (\\d+) matched\n");

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
	void filterShowsTheFirstPageOfMatchesAndSaysWhatItScanned() {
		List<Import> failed = matching("failed");
		int last = all.indexOf(failed.get(24));

		Result result = TestShell.piped(sandbox).run("filter --status failed");

		assertThat(result).isEqualTo(new Result(0, Expected.tsv(failed.subList(0, 25)),
				summary(last / 200 + 1, last + 1, 25)));
	}

	@Test
	void nextResumesTheScanWithNoImportRepeatedOrSkipped() {
		TestShell shell = TestShell.piped(sandbox);
		StringBuilder shown = new StringBuilder();
		long scanned = 0;
		Result result = shell.run("filter --status failed --limit 7");
		int pages = 0;
		while (!result.err().startsWith("end of list")) {
			assertThat(result.code()).isZero();
			Matcher summary = SUMMARY.matcher(result.err());
			assertThat(summary.matches()).as("summary line: %s", result.err()).isTrue();
			assertThat(result.outLines()).hasSize(Integer.parseInt(summary.group(3)));
			scanned += Long.parseLong(summary.group(2).replace(",", ""));
			shown.append(result.out());
			pages++;
			result = shell.run("next");
		}

		assertThat(shown.toString()).isEqualTo(Expected.tsv(matching("failed")));
		assertThat(scanned).as("imports looked at over all pages").isEqualTo(all.size());
		assertThat(pages).as("pages of 7 shown").isEqualTo((matching("failed").size() + 6) / 7);
	}

	@Test
	void maxPagesBoundsTheScanAndNextGoesOnFromThere() {
		List<Import> firstApiPage = all.subList(0, 200).stream().filter(i -> i.status().isActive()).toList();
		List<Import> shownFirst = firstApiPage.subList(0, Math.min(25, firstApiPage.size()));
		int scannedFirst = shownFirst.size() == 25 ? all.indexOf(shownFirst.get(24)) + 1 : 200;
		TestShell shell = TestShell.piped(sandbox);

		Result first = shell.run("filter --status pending,processing --max-pages 1");
		Result second = shell.run("next --max-pages 1");

		assertThat(first).isEqualTo(new Result(0, Expected.tsv(shownFirst), summary(1, scannedFirst, shownFirst.size())));
		List<Import> active = matching("pending", "processing");
		assertThat(first.out() + second.out()).isEqualTo(Expected.tsv(active.subList(0, first.outLines().size()
				+ second.outLines().size())));
		assertThat(second.outLines()).allSatisfy(line -> assertThat(line.split("\t")[1]).isIn("pending", "processing"));
	}

	@Test
	void onATerminalEveryRowIsFailedAndTheFooterCarriesTheScan() {
		Result result = TestShell.terminal(sandbox).run("filter --status failed --limit 5");

		assertThat(result.outLines()).hasSize(6);
		assertThat(result.outLines().subList(1, 6)).allSatisfy(line -> assertThat(Expected.cellsOf(line).get(2))
			.isEqualTo("✗ failed"));
		int last = all.indexOf(matching("failed").get(4));
		assertThat(result.err()).isEqualTo(summary(1, last + 1, 5).replace("\n", " · more: next\n"));
	}

	@Test
	void theFilterStaysForListUntilCleared() {
		TestShell shell = TestShell.piped(sandbox);
		assertThat(shell.run("filter")).isEqualTo(new Result(0, "no filter\n", ""));
		shell.run("filter --status processing,PENDING --limit 3");
		assertThat(shell.run("filter")).isEqualTo(new Result(0, "status in pending,processing\n", ""));
		shell.run("filter --status failed");
		assertThat(shell.run("filter")).isEqualTo(new Result(0, "status in failed\n", ""));

		assertThat(shell.run("list --limit 5").out()).isEqualTo(Expected.tsv(matching("failed").subList(0, 5)));
		assertThat(shell.run("filter --clear")).isEqualTo(new Result(0, "", "filter cleared: list shows every import\n"));
		assertThat(shell.run("filter")).isEqualTo(new Result(0, "no filter\n", ""));
		assertThat(shell.run("list --limit 5")).isEqualTo(new Result(0, Expected.tsv(all.subList(0, 5)), ""));
	}

	private static List<Import> matching(String... statuses) {
		return all.stream().filter(i -> Set.of(statuses).contains(i.status().value())).toList();
	}

	private static String summary(int pages, int scanned, int matched) {
		return "scanned " + pages + (pages == 1 ? " page" : " pages") + " · " + String.format(java.util.Locale.ROOT, "%,d", scanned)
				+ (scanned == 1 ? " import" : " imports") + " · " + matched + " matched\n";
	}
}
