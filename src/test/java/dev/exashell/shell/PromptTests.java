package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ExaClient;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The prompt hands each line to the shell's own tokenizer exactly as typed, as one-shot and scripts do. */
class PromptTests {

	private static final String NOT_FOUND_HINT = "hint: list shows the ids that exist\n";

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void anUnclosedQuoteIsReportedAndTheNextLineRuns() throws IOException {
		ExaClient api = TestShell.direct(sandbox);

		Result result = TestShell.piped(sandbox).runInteractive("show 'imp_x\nlist --limit 1\nshow \"imp_y\nexit\n");

		assertThat(result).isEqualTo(new Result(0, Expected.tsv(api.list(null, 1).data()), """
				error: unterminated single quote
				hint: close the quote, or escape it with a backslash
				error: unterminated double quote
				hint: close the quote, or escape it with a backslash
				"""));
	}

	@Test
	void backslashesAndBangsReachTheTokenizerAsTyped() throws IOException {
		Result result = TestShell.piped(sandbox).runInteractive("show a\\ b\nshow \"a\\\"b\"\nshow a\\\\b\nshow !!\n");

		assertThat(result).isEqualTo(new Result(0, "", "error: not found: HTTP 404: Import not found: a b\n"
				+ NOT_FOUND_HINT + "error: not found: HTTP 404: Import not found: a\"b\n" + NOT_FOUND_HINT
				+ "error: not found: HTTP 404: Import not found: a\\b\n" + NOT_FOUND_HINT
				+ "error: not found: HTTP 404: Import not found: !!\n" + NOT_FOUND_HINT));
	}
}
