package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Sleeper;
import dev.exashell.boot.Commands;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.FailFastOutputStream;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.Io;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.RefusingOutput;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiAccess;
import dev.exashell.interactive.InteractiveLoop;
import dev.exashell.interactive.LineSource;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.script.ScriptRunner;
import dev.exashell.script.ScriptSource;
import dev.exashell.session.ApiKey;
import dev.exashell.session.CommandContext;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.Session;
import dev.exashell.testing.TestTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real commands writing to a stdout that refuses (as the program's does, through
 * {@link FailFastOutputStream}): the write that fails stops the command at once, so a walk of
 * 1,000 imports (5 pages) asks for no page after the one it could not print.
 */
class OutputFailureTests {

	private static final String FULL = "error: cannot write output: No space left on device\n";

	private static SandboxServer sandbox;

	@BeforeAll
	static void start() {
		sandbox = SandboxServer.start(SandboxOptions.defaults().withImports(1000).withClock(TestTime.CLOCK));
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@ParameterizedTest(name = "-o {0}, terminal {1}")
	@CsvSource({ "JSONL, false", "JSON, false", "CSV, false", "TSV, false", "TABLE, false", "TABLE, true" })
	void listAllToAFullDiskStopsAtTheFirstPageItCannotWrite(OutputFormat format, boolean tty) {
		int before = listRequests();

		Shell shell = new Shell(RefusingOutput.fullDisk(0), format, tty, false);

		assertThat(shell.run("list --all")).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
		assertThat(listRequests() - before).isEqualTo(1);
	}

	@Test
	void listAllStopsAtTheSecondPageWhenTheDiskFillsDuringIt() {
		int before = listRequests();
		RefusingOutput stdout = RefusingOutput.fullDisk(80_000);

		Shell shell = new Shell(stdout, OutputFormat.JSONL, false, false);

		assertThat(shell.run("list --all")).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
		assertThat(stdout.accepted().lines().count()).as("page 1 and part of page 2").isBetween(201L, 399L);
		assertThat(listRequests() - before).isEqualTo(2);
	}

	@Test
	void aClosedPipeStopsTheWalkSilentlyWith141() {
		int before = listRequests();

		Shell shell = new Shell(RefusingOutput.closedPipe(0), OutputFormat.JSONL, false, false);

		assertThat(shell.run("list --all")).isEqualTo(141);
		assertThat(shell.err).hasToString("");
		assertThat(listRequests() - before).isEqualTo(1);
	}

	@Test
	void aFilteredWalkStopsTooWith141() {
		int before = listRequests();

		Shell shell = new Shell(RefusingOutput.closedPipe(0), OutputFormat.JSONL, false, false);

		assertThat(shell.run("list --all --status completed")).isEqualTo(141);
		assertThat(shell.err).hasToString("");
		assertThat(listRequests() - before).isEqualTo(1);
	}

	@Test
	void showToAFullDiskSaysSo() {
		Shell shell = new Shell(RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, false);

		String id = TestShell.direct(sandbox).list(null, 1).data().get(0).id();

		assertThat(shell.run("show " + id)).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
	}

	@Test
	void aScriptStopsAtTheLineWhoseOutputFailed() {
		Shell shell = new Shell(RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, false);

		int code = shell.commands.scripts().run(new ScriptSource("night.exa", List.of("list --limit 3", "show nope")),
				new ScriptRunner.Settings(false, false));

		assertThat(code).isEqualTo(1);
		assertThat(shell.err).hasToString("night.exa:1: cannot write output: No space left on device\n");
	}

	@Test
	void aClosedPipeStopsAScriptEvenWhenItContinuesOnErrors() {
		Shell shell = new Shell(RefusingOutput.closedPipe(0), OutputFormat.TABLE, false, false);

		int code = shell.commands.scripts().run(new ScriptSource("night.exa", List.of("list --limit 3", "show nope")),
				new ScriptRunner.Settings(true, false));

		assertThat(code).isEqualTo(141);
		assertThat(shell.err).hasToString("");
	}

	/** Output and errors share the terminal's writer; when it fails, errors go to stderr and the prompt comes back. */
	@Test
	void aSessionAtATerminalReportsOnStderrAndGoesOn() throws Exception {
		Shell shell = new Shell(RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("list --limit 3\nshow nope\n", LineSource.TERMINAL)).isZero();
		assertThat(shell.err).hasToString(FULL + "error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n");
	}

	/** Commands piped in (a CI job): nobody reads the report, so the session stops there as a script does. */
	@Test
	void aSessionFedFromAPipeStopsAtTheFirstLineWhoseOutputFailed() throws Exception {
		Shell shell = new Shell(RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("list --limit 3\nshow nope\n", LineSource.NOT_A_TERMINAL)).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
	}

	/** The disk fills during the second command: the first was written, the third never runs. */
	@Test
	void aSessionFedFromAPipeRunsItsLinesUntilTheOutputFails() throws Exception {
		RefusingOutput stdout = RefusingOutput.fullDisk(4_000);
		Shell shell = new Shell(stdout, OutputFormat.JSONL, false, true);
		int before = listRequests();

		assertThat(shell.interactive("list --limit 3\nlist --all\nshow nope\n", LineSource.NOT_A_TERMINAL)).isEqualTo(1);
		assertThat(shell.err).hasToString(FULL);
		assertThat(stdout.accepted().lines()).as("list --limit 3, then part of the walk's first page").hasSizeGreaterThan(3);
		assertThat(listRequests() - before).isEqualTo(2);
	}

	/** A failing command's report shares the output; when that write fails the report goes to stderr and the session stops with the command's code, as a script would. */
	@Test
	void aSessionFedFromAPipeStopsWhenAFailuresReportCannotBeWritten() throws Exception {
		Shell shell = new Shell(RefusingOutput.fullDisk(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("show nope\nlist --limit 3\n", LineSource.NOT_A_TERMINAL)).isEqualTo(3);
		assertThat(shell.err).hasToString("error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n");
	}

	/** With output that can be written, a failing command is reported and the session goes on, piped or not. */
	@Test
	void aSessionFedFromAPipeGoesOnAfterAFailingCommand() throws Exception {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		Shell shell = new Shell(stdout, OutputFormat.JSONL, false, true);

		assertThat(shell.interactive("show nope\nlist --limit 1\n", LineSource.NOT_A_TERMINAL)).isZero();
		assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("error: not found: HTTP 404: Import not found: nope\n"
				+ "hint: list shows the ids that exist\n{\"id\":\"imp_").hasLineCount(3);
		assertThat(shell.err).hasToString("");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(LineSource.class)
	void aSessionWhoseOutputPipeClosedEndsWith141(LineSource input) throws Exception {
		Shell shell = new Shell(RefusingOutput.closedPipe(0), OutputFormat.TABLE, false, true);

		assertThat(shell.interactive("list --limit 3\nshow nope\n", input)).isEqualTo(141);
		assertThat(shell.err).hasToString("");
	}

	@ParameterizedTest(name = "-o {0}")
	@CsvSource({ "TABLE, 1, '" + FULL + "'", "JSONL, 1, '" + FULL + "'", "TABLE, 141, ''" })
	void watchStopsAtTheEventLineItCannotWrite(OutputFormat format, int code, String err) {
		try (WatchFixture fixture = WatchFixture.empty()) {
			String id = fixture.create("never uploaded");
			RefusingOutput stdout = code == 141 ? RefusingOutput.closedPipe(0) : RefusingOutput.fullDisk(0);
			Shell shell = new Shell(fixture.sandbox, stdout, format, fixture.time, fixture.time);
			int before = fixture.requestCount();

			assertThat(shell.run("watch " + id + " --timeout 1h")).isEqualTo(code);
			assertThat(shell.err).hasToString(err);
			assertThat(fixture.time.waits()).isEmpty();
			assertThat(fixture.requestsFrom(before)).containsExactly("GET /v0/imports/" + id);
		}
	}

	private static int listRequests() {
		return (int) sandbox.requests().stream().filter(r -> r.path().equals("/websets/v0/imports")).count();
	}

	/** The app's commands over one session, stdout {@code stdout} through the program's checked writer, stderr captured. */
	private static final class Shell {

		final StringWriter err = new StringWriter();
		final FailFastOutputStream stdout;
		final Session session;
		final Commands commands;

		Shell(OutputStream stdout, OutputFormat format, boolean tty, boolean interactive) {
			this(sandbox, stdout, format, tty, interactive, TestTime.CLOCK, duration -> {
				throw new AssertionError("no waits expected");
			});
		}

		Shell(SandboxServer server, OutputStream stdout, OutputFormat format, Clock clock, Sleeper sleeper) {
			this(server, stdout, format, false, false, clock, sleeper);
		}

		/** Interactive: output and errors share the one writer, and a failed error report goes to {@link #err}. */
		private Shell(SandboxServer server, OutputStream stdout, OutputFormat format, boolean tty, boolean interactive,
				Clock clock, Sleeper sleeper) {
			this.stdout = new FailFastOutputStream(stdout, false);
			PrintWriter out = this.stdout.printWriter(StandardCharsets.UTF_8);
			PrintWriter errors = new PrintWriter(err);
			Io io = new Io(out, interactive ? out : errors, tty, 200, false, clock);
			this.session = new Session(server.baseUrl(), true, new ApiKey(SandboxOptions.DEFAULT_API_KEY, KeySource.SANDBOX));
			ConfigStore store = new ConfigStore(Path.of(System.getProperty("java.io.tmpdir"), "exa-test-" + UUID.randomUUID()));
			this.commands = Commands.create(new CommandContext(session, new ApiAccess(session, TestShell::client), () -> io,
					format, new ErrorReporter(false, interactive ? errors : null),
					new OriginResolver(LaunchOptionsParser.parse(new String[0], Map.of()), store), prompt -> Optional.empty(),
					question -> Optional.empty(), sleeper, Interrupts.NONE), List.of());
		}

		int run(String line) {
			return commands.dispatcher().executeLine(line, null);
		}

		/** The prompt loop over a dumb terminal reading {@code typed} from {@code input}; its own prompt output is thrown away. */
		int interactive(String typed, LineSource input) throws Exception {
			try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
					new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(),
					StandardCharsets.UTF_8)) {
				return new InteractiveLoop(LineReaderBuilder.builder().terminal(terminal).build(), commands.dispatcher(),
						commands.catalog()::startsWithSecretLikeWord, session, "exa> ", input, stdout::failed)
					.run("banner");
			}
		}
	}
}
