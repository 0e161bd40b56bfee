package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.ShellCommand;
import dev.exashell.shell.TestShell.Result;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** help fitted to the terminal: lines no longer than the width, broken between words, never inside one. */
class HelpLayoutTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	/** {@code help} and {@code help <command>} for every command. */
	private static List<String> helpLines() {
		TestShell shell = TestShell.terminal(SHARED.server(), 80);
		return Stream.concat(Stream.of("help"),
				shell.commands().catalog().commands().stream().map(ShellCommand::spec)
					.map(spec -> "help " + spec.name()))
			.toList();
	}

	@ParameterizedTest(name = "{0} columns")
	@ValueSource(ints = { 40, 60, 80, 100, 120 })
	void everyHelpFitsTheWidthWithNoWordSplit(int width) {
		TestShell narrow = TestShell.terminal(SHARED.server(), width);
		TestShell unlimited = TestShell.terminal(SHARED.server(), 100_000);
		for (String line : helpLines()) {
			Result fitted = narrow.run(line);
			Result whole = unlimited.run(line);

			assertThat(fitted.code()).as(line).isZero();
			assertThat(fitted.outLines()).as(line + " at " + width + " columns: longer lines only for a word too long to split")
				.allSatisfy(text -> assertThat(text.codePointCount(0, text.length()) <= width || words(text).size() == 1)
					.as(text).isTrue());
			assertThat(words(fitted.out())).as(line + ": the same words as on one long line").isEqualTo(words(whole.out()));
		}
	}

	@Test
	void helpCreateAt80ColumnsBreaksBetweenOptionsAndWords() {
		Result help = TestShell.terminal(SHARED.server(), 80).run("help create");

		assertThat(help.out()).startsWith("""
				create: create an import from a CSV file and upload it

				usage: create <file.csv> --entity TYPE [--description D] [--title T]
				              [--metadata KEY=VALUE] [--identifier N] [--wait] [--timeout D]
				              [-o, --output FORMAT]

				Checked before any request: the file exists, is readable, at most 50,000,000
				bytes""").contains("""

				options:
				  --entity TYPE            what each row is: company, person, article,
				                           research_paper or custom
				""");
	}

	@Test
	void helpListAt100ColumnsKeepsEachOptionWhole() {
		Result help = TestShell.terminal(SHARED.server(), 100).run("help list");

		assertThat(help.outLines()).filteredOn(line -> line.contains("--max-items")).first()
			.satisfies(line -> assertThat(line).contains("[--max-items N]"));
	}

	@Test
	void detailLinesThatStartWithALabelStayParagraphsOfTheirOwn() {
		Result help = TestShell.terminal(SHARED.server(), 80).run("help completion");

		assertThat(help.out()).contains("""
				bash: exa-shell completion bash >
				      ~/.local/share/bash-completion/completions/exa-shell
				zsh: exa-shell completion zsh > "${fpath[1]}/_exa-shell" (then start a new
				      shell)
				fish: exa-shell completion fish > ~/.config/fish/completions/exa-shell.fish
				""");
	}

	@Test
	void pipedHelpIsLaidOutFor80Columns() {
		Result piped = TestShell.piped(SHARED.server()).run("help create");

		assertThat(piped.out()).isEqualTo(TestShell.terminal(SHARED.server(), 80).run("help create").out());
		assertThat(piped.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
	}

	@Test
	void theGeneralHelpLaysTheExitCodesOutAsManyToALineAsFit() {
		Result help = TestShell.terminal(SHARED.server(), 80).run("help");

		assertThat(help.out()).contains("""
				exit codes (one-shot and script mode):
				  0 success (an empty result too)   1 API or network error   2 usage error
				  3 not found   4 authentication or permission   5 a watched import failed
				  6 a watch timed out   130 interrupted
				  141 the output pipe was closed (| head)
				help <command> shows its options and examples.
				""");
	}

	private static List<String> words(String text) {
		return Arrays.asList(text.strip().split("\\s+"));
	}
}
