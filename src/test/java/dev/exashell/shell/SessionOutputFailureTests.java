package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.RefusingOutput;
import dev.exashell.interactive.LineSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The prompt's loop over the real commands when its output refuses a write. Typed at a terminal,
 * the failure is reported on stderr and the session goes on; piped or redirected in (stdin not a
 * terminal), the session stops at that line as a script does. A closed pipe ends either.
 */
class SessionOutputFailureTests {

	private static final String FULL = "error: cannot write output: No space left on device\n";

	/** The loop's banner, on stderr when the lines are piped in. */
	private static final String BANNER = "banner\n";

	@RegisterExtension
	static final SharedSandbox SANDBOX = new SharedSandbox(1000);

	/** Output and errors share the terminal's writer; when it fails, errors go to stderr and the prompt comes back. */
	@Test
	void aSessionAtATerminalReportsOnStderrAndGoesOn() throws IOException {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("list --limit 3\nshow nope\n", LineSource.TERMINAL)).isZero();
		assertThat(shell.err).hasToString(FULL + "error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n");
	}

	/** Commands piped in (a CI job): nobody reads the report, so the session stops there as a script does. */
	@Test
	void aSessionFedFromAPipeStopsAtTheFirstLineWhoseOutputFailed() throws IOException {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("list --limit 3\nshow nope\n", LineSource.NOT_A_TERMINAL)).isEqualTo(1);
		assertThat(shell.err).hasToString(BANNER + FULL);
	}

	/** The disk fills during the second command: the first was written, the third never runs. */
	@Test
	void aSessionFedFromAPipeRunsItsLinesUntilTheOutputFails() throws IOException {
		RefusingOutput stdout = RefusingOutput.fullDisk(4_000);
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), stdout, OutputFormat.JSONL, false, true);
		int before = listRequests();

		assertThat(shell.interactive("list --limit 3\nlist --all\nshow nope\n", LineSource.NOT_A_TERMINAL)).isEqualTo(1);
		assertThat(shell.err).hasToString(BANNER + FULL);
		assertThat(stdout.accepted().lines()).as("list --limit 3, then part of the walk's first page").hasSizeGreaterThan(3);
		assertThat(listRequests() - before).isEqualTo(2);
	}

	/**
	 * Piped in, a failing command's report goes to stderr, so a full stdout does not stop the session
	 * there; the next line whose output fails does, and the line after it never runs.
	 */
	@Test
	void aSessionFedFromAPipeReportsAFailingCommandOnStderrWhenStdoutIsFull() throws IOException {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("show nope\nlist --limit 3\nshow nope\n", LineSource.NOT_A_TERMINAL)).isEqualTo(1);
		assertThat(shell.err).hasToString(BANNER + "error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n" + FULL);
	}

	/**
	 * With output that can be written, a failing command is reported and the session goes on. Piped
	 * in (a CI job capturing stdout), the report goes to stderr and stdout holds only the data.
	 */
	@Test
	void aSessionFedFromAPipeReportsAFailingCommandOnStderrAndGoesOn() throws IOException {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), stdout, OutputFormat.TSV, false, true);

		assertThat(shell.interactive("show nope\nlist --limit 2\n", LineSource.NOT_A_TERMINAL)).isZero();
		assertThat(stdout.toString(StandardCharsets.UTF_8))
			.isEqualTo(Expected.tsv(Expected.allImports(TestShell.direct(SANDBOX.server())).subList(0, 2)));
		assertThat(shell.err).hasToString(BANNER + "error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n");
	}

	/** Typed at a terminal, the report stays on the terminal, in order with the output. */
	@Test
	void aSessionAtATerminalReportsAFailingCommandOnTheTerminal() throws IOException {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), stdout, OutputFormat.TSV, false, true);

		assertThat(shell.interactive("show nope\nlist --limit 2\n", LineSource.TERMINAL)).isZero();
		assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo("error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n"
				+ Expected.tsv(Expected.allImports(TestShell.direct(SANDBOX.server())).subList(0, 2)));
		assertThat(shell.err).hasToString("");
	}

	/** Piped in, nobody reads the banner or the prompts: the banner goes to stderr, no prompt is printed. */
	@Test
	void aSessionFedFromAPipeShowsItsBannerOnStderrAndNoPrompt() throws IOException {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), new ByteArrayOutputStream(), OutputFormat.TSV, false, true);

		assertThat(shell.interactive("show nope\n", LineSource.NOT_A_TERMINAL)).isZero();
		assertThat(shell.screen.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(shell.err).hasToString(BANNER + "error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n");
	}

	/** At a terminal the banner and a prompt before each line are on the terminal, as ever. */
	@Test
	void aSessionAtATerminalShowsItsBannerAndPromptsOnTheTerminal() throws IOException {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), new ByteArrayOutputStream(), OutputFormat.TSV, false, true);

		assertThat(shell.interactive("show nope\n", LineSource.TERMINAL)).isZero();
		assertThat(shell.screen.toString(StandardCharsets.UTF_8)).isEqualTo("banner\nexa> exa> ");
		assertThat(shell.err).hasToString("");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(LineSource.class)
	void aSessionWhoseOutputPipeClosedEndsWith141(LineSource lines) throws IOException {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.closedPipe(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("list --limit 3\nshow nope\n", lines)).isEqualTo(141);
		assertThat(shell.err).hasToString(lines == LineSource.TERMINAL ? "" : BANNER);
	}

	private static int listRequests() {
		return (int) SANDBOX.server().requests().stream().filter(r -> r.path().equals("/websets/v0/imports")).count();
	}
}
