package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.cli.LineTokenizer;
import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.Position;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks that stop early say where: {@code list --all} cut off by a dead server names how many
 * imports it printed and the command that prints the rest; a filtered page's {@code nextCursor}
 * (the API cursor and the offset inside that API page, as one cursor) resumes it, in
 * {@code --cursor}; {@code status} shows the listing's own filter and position.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WalkResumeTests {

	private static final Pattern RESUME = Pattern.compile("hint: stopped after [\\d,]+ imports?; resume with: exa-shell (.*)\n");

	private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\": \"([^\"]+)\"");

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

	@Test
	void listAllCutOffByADeadServerSaysWhatItPrintedAndHowToResume() {
		sandbox.setFaults("script:ok,500,500,500");

		Result result = TestShell.piped(sandbox).run("list --all");

		assertThat(result).isEqualTo(new Result(1, Expected.tsv(all.subList(0, 200)),
				"error: the API answered HTTP 500: Internal server error (injected by the sandbox) [request " + lastRequestId() + "]\n"
						+ "hint: stopped after 200 imports; resume with: exa-shell list --all --cursor " + cursorAfter200 + "\n"));
	}

	/** What a failed -o json walk printed is still one JSON document, and its nextCursor resumes the walk. */
	@Test
	void aJsonWalkCutOffByADeadServerIsStillAWholeDocument() {
		sandbox.setFaults("script:ok,500,500,500");

		Result result = TestShell.of(sandbox, OutputFormat.JSON, false).run("list --all");

		assertThat(result.code()).isEqualTo(1);
		JsonNode document = JsonMapper.builder().build().readTree(result.out());
		assertThat(document.path("data").size()).isEqualTo(200);
		assertThat(document.path("hasMore").asBoolean()).isTrue();
		assertThat(document.path("nextCursor").asString()).isEqualTo(cursorAfter200);
		assertThat(result.err()).endsWith("resume with: exa-shell list --all -o json --cursor " + cursorAfter200 + "\n");
	}

	@Test
	void theResumeCommandPrintsExactlyTheRest() {
		sandbox.setFaults("script:ok,500,500,500");
		TestShell shell = TestShell.piped(sandbox);
		Result cut = shell.run("list --all --status pending,failed");
		sandbox.setFaults("");

		Result rest = shell.runWords(resumeWords(cut));

		assertThat(cut.code()).isEqualTo(1);
		assertThat(cut.out() + rest.out()).isEqualTo(Expected.tsv(matching(all, "pending", "failed")));
		assertThat(rest.code()).isZero();
	}

	@Test
	void aFilteredJsonPageGivesACursorThatResumesMidPage() {
		List<Import> pending = matching(all, "pending");
		TestShell shell = TestShell.of(sandbox, OutputFormat.JSON, false);
		Result first = shell.run("list --status pending --limit 5");
		String cursor = nextCursor(first);
		int before = sandbox.requests().size();

		Result resumed = TestShell.piped(sandbox).run("list --status pending --limit 5 --cursor " + cursor);

		assertThat(first.out()).contains("\"hasMore\": true,\n  \"nextCursor\": \"xs1:");
		assertThat(resumed).isEqualTo(new Result(0, Expected.tsv(pending.subList(5, 10)), resumed.err()));
		assertThat(resumed.err()).startsWith("scanned 1 page · ");
		assertThat(sandbox.requests().subList(before, sandbox.requests().size())).extracting(r -> r.query())
			.containsExactly("limit=200");
	}

	@Test
	void listAllStoppedByMaxItemsResumesAtTheNextImportEvenMidPage() {
		TestShell shell = TestShell.of(sandbox, OutputFormat.JSON, false);
		Result first = shell.run("list --all --max-items 250");
		String cursor = nextCursor(first);

		Result rest = TestShell.piped(sandbox).run("list --all --cursor " + cursor);
		Result page = TestShell.piped(sandbox).run("list --limit 3 --cursor " + cursor);

		assertThat(cursor).startsWith("xs1:");
		assertThat(rest).isEqualTo(new Result(0, Expected.tsv(all.subList(250, all.size())), ""));
		assertThat(page).isEqualTo(new Result(0, Expected.tsv(all.subList(250, 253)), ""));
	}

	@Test
	void aPlainApiCursorStillWorks() {
		assertThat(TestShell.piped(sandbox).run("list --limit 3 --cursor " + cursorAfter200))
			.isEqualTo(new Result(0, Expected.tsv(all.subList(200, 203)), ""));
	}

	@Test
	void aCursorThatLooksLikeOursButIsNotIsAUsageErrorBeforeAnyRequest() {
		String tooFar = "xs1:" + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("200:" + cursorAfter200).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		int before = sandbox.requests().size();

		Result garbled = TestShell.piped(sandbox).run("list --all --cursor xs1:not*base64");
		Result outOfRange = TestShell.piped(sandbox).run("list --cursor " + tooFar);

		assertThat(garbled).isEqualTo(new Result(2, "", "error: --cursor xs1:not*base64 is not a cursor exa-shell gave out"
				+ " (it starts with xs1: but does not decode)\n"
				+ "hint: pass a nextCursor from -o json or a resume hint exactly as printed\n"));
		assertThat(outOfRange.code()).isEqualTo(2);
		assertThat(outOfRange.err()).startsWith("error: --cursor " + tooFar.substring(0, 40) + "… is not a cursor");
		assertThat(sandbox.requests()).hasSize(before);
	}

	@Test
	void statusShowsTheListingsOwnFilterAndPosition() {
		List<Import> done = matching(all, "completed", "failed");
		TestShell shell = TestShell.piped(sandbox);
		shell.run("list --status completed,failed --limit 1");
		shell.run("next");
		Position second = positionAfter(done.get(0));
		Position third = positionAfter(done.get(1));

		Result status = shell.run("status");

		assertThat(status.out()).endsWith("filter       none\n"
				+ "page         2 · 1 import · limit 1\n"
				+ "page filter  status in completed,failed\n"
				+ "page cursor  " + second.token() + "\n"
				+ "next cursor  " + third.token() + "\n"
				+ "has more     true\n"
				+ "rows         1-1 (show N)\n");
		assertThat(shell.run("list --status completed,failed --limit 1 --cursor " + third.token()).out())
			.isEqualTo(Expected.tsv(done.subList(2, 3)));
	}

	/** Where the import after {@code item} is, as the scan over pages of 200 records it. */
	private static Position positionAfter(Import item) {
		int index = all.indexOf(item) + 1;
		String cursor = index < 200 ? null : index < 400 ? cursorAfter200 : null;
		assertThat(index).isLessThan(400);
		return new Position(cursor, index % 200);
	}

	private static String nextCursor(Result json) {
		Matcher cursor = NEXT_CURSOR.matcher(json.out());
		assertThat(cursor.find()).as("nextCursor in %s", json.out()).isTrue();
		return cursor.group(1);
	}

	private static String lastRequestId() {
		return sandbox.requests().get(sandbox.requests().size() - 1).requestId();
	}

	static String[] resumeWords(Result cut) {
		Matcher hint = RESUME.matcher(cut.err().substring(cut.err().indexOf("hint: ")));
		assertThat(hint.matches()).as("resume hint in %s", cut.err()).isTrue();
		return LineTokenizer.tokenize(hint.group(1)).toArray(String[]::new);
	}

	private static List<Import> matching(List<Import> imports, String... statuses) {
		return imports.stream().filter(i -> Set.of(statuses).contains(i.status().value())).toList();
	}
}
