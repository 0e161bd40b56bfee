package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.exashell.cli.LineTokenizer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Options and values a new user gets wrong: refused with exit 2 before any request, or warned about. */
class OptionEdgesTests {

	private static final String MAX_PAGES = "--max-pages must be 1 or more, got 0";
	private static final String MAX_PAGES_HINT = "leave it out to read as many API pages as it takes";
	private static final String NOT_A_ROW = "give an import id, or run list and give a row number";

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	static Stream<Arguments> refused() {
		return Stream.of(
				arguments("list --max-items 5", "--max-items only applies with --all", "add --all, or drop --max-items"),
				arguments("list --max-pages 0", MAX_PAGES, MAX_PAGES_HINT),
				arguments("list --status failed --max-pages 0", MAX_PAGES, MAX_PAGES_HINT),
				arguments("filter --status failed --max-pages 0", MAX_PAGES, MAX_PAGES_HINT),
				arguments("next --max-pages -3", "--max-pages must be 1 or more, got -3", MAX_PAGES_HINT),
				arguments("show -1", "'-1' is not a row number: rows are whole numbers from 1", NOT_A_ROW),
				arguments("show +1", "'+1' is not a row number: rows are whole numbers from 1", NOT_A_ROW),
				arguments("show 1.0", "'1.0' is not a row number: rows are whole numbers from 1", NOT_A_ROW),
				arguments("delete -2 --yes", "'-2' is not a row number: rows are whole numbers from 1", NOT_A_ROW),
				arguments("show 12345678901234567890", "there is no row 12345678901234567890: nothing has been listed yet",
						"run list first, then show a row number, or give an import id"),
				arguments("x", "unknown command 'x'", "type help for all commands"),
				arguments("''", "unknown command ''", "type help for all commands"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusedWithExit2BeforeAnyRequest(String line, String error, String hint) {
		String[] words = LineTokenizer.tokenize(line).toArray(String[]::new);

		Result result = TestShell.piped(sandbox).runWords(words);

		assertThat(result).isEqualTo(new Result(2, "", "error: " + error + "\nhint: " + hint + "\n"));
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void aRefusedMaxPagesLeavesTheSessionsFilterAsItWas() {
		TestShell shell = TestShell.piped(sandbox);
		shell.run("filter --status completed");

		assertThat(shell.run("filter --status failed --max-pages 0").code()).isEqualTo(2);
		assertThat(shell.session().statusFilter()).isEqualTo(Set.of("completed"));
	}

	@Test
	void onAListedPageANumberThatIsNotARowSaysWhichRowsThereAre() {
		TestShell shell = TestShell.piped(sandbox);
		shell.run("list --limit 5");

		assertThat(shell.run("show -1")).isEqualTo(new Result(2, "", "error: '-1' is not a row number: rows are whole "
				+ "numbers from 1\nhint: pick a row from 1 to 5, or give an import id\n"));
	}

	@Test
	void aMisspeltStatusIsWarnedAboutAndTheScanGoesOn() {
		Result result = TestShell.piped(sandbox).run("filter --status faild --max-pages 1");

		assertThat(result.code()).isZero();
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("warning: unknown status 'faild' (known: pending, processing, completed, "
				+ "failed; did you mean 'failed'?)\n");
		assertThat(sandbox.requests()).hasSize(1);
	}

	@Test
	void aNewStatusIsWarnedAboutWithoutASuggestionAndStillSent() {
		Result result = TestShell.piped(sandbox).run("list --status canceled,failed --limit 5 --max-pages 1");

		assertThat(result.code()).isZero();
		assertThat(result.err()).startsWith(
				"warning: unknown status 'canceled' (known: pending, processing, completed, failed)\n");
	}

	@Test
	void createsUsageShowsEntityAsRequired() {
		assertThat(TestShell.piped(sandbox).run("help create").out())
			.contains("usage: create <file.csv> --entity TYPE [--description D] [--title T]");
	}
}
