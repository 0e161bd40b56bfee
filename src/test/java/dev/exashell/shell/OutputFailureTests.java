package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.FailFastOutputStream;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.RefusingOutput;
import dev.exashell.script.ScriptRunner;
import dev.exashell.script.ScriptSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real commands writing to a stdout that refuses (as the program's does, through
 * {@link FailFastOutputStream}): the write that fails stops the command at once, so a walk of
 * 1,000 imports (5 pages) asks for no page after the one it could not print. The prompt's
 * sessions: {@link SessionOutputFailureTests}.
 */
class OutputFailureTests {

	private static final String FULL = "error: cannot write output: No space left on device\n";

	@RegisterExtension
	static final SharedSandbox SANDBOX = new SharedSandbox(1000);

	@ParameterizedTest(name = "-o {0}, terminal {1}")
	@CsvSource({ "JSONL, false", "JSON, false", "CSV, false", "TSV, false", "TABLE, false", "TABLE, true" })
	void listAllToAFullDiskStopsAtTheFirstPageItCannotWrite(OutputFormat format, boolean tty) {
		int before = listRequests();

		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.fullDisk(0), format, tty, false);

		assertThat(shell.run("list --all")).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
		assertThat(listRequests() - before).isEqualTo(1);
	}

	@Test
	void listAllStopsAtTheSecondPageWhenTheDiskFillsDuringIt() {
		int before = listRequests();
		RefusingOutput stdout = RefusingOutput.fullDisk(80_000);

		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), stdout, OutputFormat.JSONL, false, false);

		assertThat(shell.run("list --all")).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
		assertThat(stdout.accepted().lines().count()).as("page 1 and part of page 2").isBetween(201L, 399L);
		assertThat(listRequests() - before).isEqualTo(2);
	}

	@Test
	void aClosedPipeStopsTheWalkSilentlyWith141() {
		int before = listRequests();

		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.closedPipe(0), OutputFormat.JSONL, false, false);

		assertThat(shell.run("list --all")).isEqualTo(141);
		assertThat(shell.err).hasToString("");
		assertThat(listRequests() - before).isEqualTo(1);
	}

	@Test
	void aFilteredWalkStopsTooWith141() {
		int before = listRequests();

		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.closedPipe(0), OutputFormat.JSONL, false, false);

		assertThat(shell.run("list --all --status completed")).isEqualTo(141);
		assertThat(shell.err).hasToString("");
		assertThat(listRequests() - before).isEqualTo(1);
	}

	@Test
	void showToAFullDiskSaysSo() {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, false);

		String id = TestShell.direct(SANDBOX.server()).list(null, 1).data().get(0).id();

		assertThat(shell.run("show " + id)).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
	}

	@Test
	void aScriptStopsAtTheLineWhoseOutputFailed() {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, false);

		int code = shell.commands.scripts().run(new ScriptSource("night.exa", List.of("list --limit 3", "show nope")),
				new ScriptRunner.Settings(false, false));

		assertThat(code).isEqualTo(1);
		assertThat(shell.err).hasToString("night.exa:1: cannot write output: No space left on device\n");
	}

	@Test
	void aClosedPipeStopsAScriptEvenWhenItContinuesOnErrors() {
		CheckedOutputShell shell = new CheckedOutputShell(SANDBOX.server(), RefusingOutput.closedPipe(0), OutputFormat.TABLE, false, false);

		int code = shell.commands.scripts().run(new ScriptSource("night.exa", List.of("list --limit 3", "show nope")),
				new ScriptRunner.Settings(true, false));

		assertThat(code).isEqualTo(141);
		assertThat(shell.err).hasToString("");
	}

	@ParameterizedTest(name = "-o {0}")
	@CsvSource({ "TABLE, 1, '" + FULL + "'", "JSONL, 1, '" + FULL + "'", "TABLE, 141, ''" })
	void watchStopsAtTheEventLineItCannotWrite(OutputFormat format, int code, String err) {
		try (WatchFixture fixture = WatchFixture.empty()) {
			String id = fixture.create("never uploaded");
			RefusingOutput stdout = code == 141 ? RefusingOutput.closedPipe(0) : RefusingOutput.fullDisk(0);
			CheckedOutputShell shell = new CheckedOutputShell(fixture.sandbox, stdout, format, fixture.time, fixture.time);
			int before = fixture.requestCount();

			assertThat(shell.run("watch " + id + " --timeout 1h")).isEqualTo(code);
			assertThat(shell.err).hasToString(err);
			assertThat(fixture.time.waits()).isEmpty();
			assertThat(fixture.requestsFrom(before)).containsExactly("GET /v0/imports/" + id);
		}
	}

	private static int listRequests() {
		return (int) SANDBOX.server().requests().stream().filter(r -> r.path().equals("/websets/v0/imports")).count();
	}
}
