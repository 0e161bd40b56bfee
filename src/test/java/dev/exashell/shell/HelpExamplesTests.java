package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.InvocationBinder;
import dev.exashell.cli.LineTokenizer;
import dev.exashell.cli.ShellCommand;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Help's examples work where they are shown: every example listed for the prompt is a valid
 * command line there, the ones that only read run against the sandbox with exit 0, and examples
 * that need the system shell (a redirection) are shown apart, as {@code $ exa-shell …}.
 */
class HelpExamplesTests {

	/** The id the examples use, replaced by a real one when they run. */
	private static final String SAMPLE_ID = "imp_01jd6x2k8m3n4p5q6r7s8t9v0w";

	/** Commands whose examples only read, so they can all run against the shared sandbox. */
	private static final Set<String> READ_ONLY = Set.of("list", "next", "prev", "filter", "show", "help", "status",
			"version");

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void everyPromptExampleIsAValidCommandLineAtThePrompt() {
		TestShell shell = TestShell.terminal(sandbox);
		SoftAssertions softly = new SoftAssertions();
		for (ShellCommand command : shell.commands().catalog().commands()) {
			for (String example : command.spec().examples()) {
				List<String> words = LineTokenizer.tokenize(example);
				ShellCommand named = shell.commands().catalog().find(words.get(0)).orElse(command);
				softly.assertThat(shell.commands().catalog().find(words.get(0))).as(example).isPresent();
				softly.assertThatCode(() -> InvocationBinder.bind(named.spec(), words.subList(1, words.size())))
					.as(example)
					.doesNotThrowAnyException();
				softly.assertThat(example).as(example).doesNotContain(">", "|", "exa-shell");
			}
		}
		softly.assertAll();
	}

	@Test
	void theExamplesThatOnlyReadRunAtThePromptWithExit0() {
		TestShell shell = TestShell.terminal(sandbox);
		String realId = TestShell.direct(sandbox).list(null, 1).data().get(0).id();
		List<String> ran = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		for (ShellCommand command : shell.commands().catalog().commands()) {
			if (!READ_ONLY.contains(command.spec().name())) {
				continue;
			}
			for (String example : command.spec().examples()) {
				shell.run("list --limit 10");
				Result result = shell.run(example.replace(SAMPLE_ID, realId));
				softly.assertThat(result.code()).as(example + " -> " + result.err()).isZero();
				ran.add(example);
			}
		}
		softly.assertAll();
		assertThat(ran).contains("list --all --max-items 500 -o jsonl", "show " + SAMPLE_ID, "next", "prev",
				"filter --status failed", "help list");
	}

	@Test
	void helpShowsTheShellOnlyExampleUnderItsOwnHeading() {
		Result help = TestShell.terminal(sandbox).run("help list");

		assertThat(help.out()).endsWith("""
				examples:
				  list
				  list --limit 5
				  list --status failed
				  list --all --max-items 500 -o jsonl

				from your shell:
				  $ exa-shell list --all -o jsonl > imports.jsonl
				""");
	}
}
