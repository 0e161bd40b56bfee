package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.exashell.cli.LineTokenizer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.api.ExaClient;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 3's bad input: each is refused before any request with one error line, one hint and
 * exit 2 in one-shot mode, and at the prompt the session just goes on.
 */
class BadInputTests {

	private static final String LIST_USAGE = "usage: list [--limit N] [--cursor C] [--status S[,S...]] [--all] "
			+ "[-o, --output FORMAT] [--max-items N] [--max-pages N]";

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	static Stream<Arguments> badInput() {
		String limitHint = "the API returns 1 to 200 imports a page (default 25)";
		return Stream.of(
				arguments("list --limit 0", "--limit must be between 1 and 200, got 0", limitHint),
				arguments("list --limit 201", "--limit must be between 1 and 200, got 201", limitHint),
				arguments("list --limit -1", "--limit must be between 1 and 200, got -1", limitHint),
				arguments("list --limit abc", "--limit must be a whole number, got 'abc'", LIST_USAGE),
				arguments("list --limit 1.5", "--limit must be a whole number, got '1.5'", LIST_USAGE),
				arguments("list --cursor ''", "--cursor must not be empty",
						"leave --cursor out for the first page, or pass a nextCursor from -o json"),
				arguments("list --status", "option --status needs a value", LIST_USAGE),
				arguments("list --status ,", "--status needs at least one status",
						"for example --status failed or --status pending,processing"),
				arguments("list --bogus", "unknown option '--bogus' for list",
						"options: --limit, --cursor, --status, --all, --output, --max-items, --max-pages"),
				arguments("list --all --max-items 0", "--max-items must be 1 or more, got 0", null),
				arguments("lsit", "unknown command 'lsit'", "did you mean 'list'? type help for all commands"),
				arguments("shwo 3", "unknown command 'shwo'", "did you mean 'show'? type help for all commands"),
				arguments("show", "show needs an argument", "usage: show <id|row> [-o, --output FORMAT]"),
				arguments("show ''", "the import id is empty", "give an id such as imp_… or a row number from list"),
				arguments("show '   '", "the import id is empty", "give an id such as imp_… or a row number from list"),
				arguments("show " + "x".repeat(10_000), "the import id is 10000 characters long; ids are at most 512",
						"copy the id from list or -o json"),
				arguments("show " + "\uD83E\uDD8A".repeat(513), "the import id is 513 characters long; ids are at most 512",
						"copy the id from list or -o json"),
				arguments("show 99", "there is no row 99: nothing has been listed yet",
						"run list first, then show a row number, or give an import id"),
				arguments("next", "there is no current page yet",
						"run list first (or filter --status S), then next and prev move through the pages"),
				arguments("prev", "there is no current page yet",
						"run list first (or filter --status S), then next and prev move through the pages"),
				arguments("filter --status failed --clear", "give either --status or --clear, not both", null),
				arguments("script /no/such/file.exa", "script not found: /no/such/file.exa",
						"check the path; it is relative to " + System.getProperty("user.dir")),
				arguments("script /", "script / is a directory", "give the path of a .exa file"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void oneShotPrintsTheErrorAndHintAndExitsWith2BeforeAnyRequest(String line, String error, String hint) {
		String[] words = LineTokenizer.tokenize(line).toArray(String[]::new);

		Result result = TestShell.piped(sandbox).runWords(words);

		assertThat(result).isEqualTo(new Result(2, "", report(error, hint)));
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void atThePromptEveryBadLineIsReportedAndTheSessionGoesOn() throws IOException {
		String bad = badInput().map(a -> (String) a.get()[0]).collect(Collectors.joining("\n"));
		String errors = badInput().map(a -> report((String) a.get()[1], (String) a.get()[2]))
			.collect(Collectors.joining());
		ExaClient api = TestShell.direct(sandbox);

		Result result = TestShell.piped(sandbox)
			.runInteractive(bad + "\nlist --limit 3\nshow 4\nlist --limit 2\nexit\nlist\n");

		assertThat(result).isEqualTo(new Result(0, Expected.tsv(api.list(null, 3).data())
				+ Expected.tsv(api.list(null, 2).data()), errors + report(
						"there is no row 4 on the current page (rows 1-3)", "pick a row from 1 to 3, or give an import id")));
	}

	private static String report(String error, String hint) {
		return "error: " + error + "\n" + (hint == null ? "" : "hint: " + hint + "\n");
	}
}
