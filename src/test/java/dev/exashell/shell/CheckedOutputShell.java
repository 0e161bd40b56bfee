package dev.exashell.shell;

import dev.exashell.api.Sleeper;
import dev.exashell.boot.Commands;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.FailFastOutputStream;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.Io;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.OutputFormat;
import dev.exashell.config.ConfigStore;
import dev.exashell.interactive.InteractiveLoop;
import dev.exashell.interactive.LineSource;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.ApiKey;
import dev.exashell.session.CommandContext;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.Session;
import dev.exashell.testing.TestTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * The app's commands over one session, stdout {@code stdout} through the program's checked writer
 * ({@link FailFastOutputStream}), stderr captured in {@link #err}. In a session
 * ({@link #interactive}) the diagnostics go where the prompt sends them ({@link LineSource#diagnostics}).
 */
final class CheckedOutputShell {

	final StringWriter err = new StringWriter();
	final FailFastOutputStream stdout;
	final Session session;
	final Commands commands;
	/** What the prompt loop writes to its terminal: the banner and the prompts, at a terminal. */
	final ByteArrayOutputStream screen = new ByteArrayOutputStream();
	private final PrintWriter errors = new PrintWriter(err);
	private Io io;

	/**
	 * @param interactive wired as the prompt is (see {@link #interactive}): an error report that
	 *     cannot be written goes to {@link #err}
	 */
	CheckedOutputShell(SandboxServer server, OutputStream stdout, OutputFormat format, boolean tty, boolean interactive) {
		this(server, stdout, format, tty, interactive, TestTime.CLOCK, duration -> {
			throw new AssertionError("no waits expected");
		});
	}

	CheckedOutputShell(SandboxServer server, OutputStream stdout, OutputFormat format, Clock clock, Sleeper sleeper) {
		this(server, stdout, format, false, false, clock, sleeper);
	}

	private CheckedOutputShell(SandboxServer server, OutputStream stdout, OutputFormat format, boolean tty,
			boolean interactive, Clock clock, Sleeper sleeper) {
		this.stdout = new FailFastOutputStream(stdout, false);
		PrintWriter out = this.stdout.printWriter(StandardCharsets.UTF_8);
		this.io = new Io(out, errors, tty, 200, false, clock);
		this.session = new Session(server.baseUrl(), true, new ApiKey(SandboxOptions.DEFAULT_API_KEY, KeySource.SANDBOX));
		ConfigStore store = new ConfigStore(Path.of(System.getProperty("java.io.tmpdir"), "exa-test-" + UUID.randomUUID()));
		this.commands = Commands.create(new CommandContext(session, new ApiAccess(session, TestShell::client), () -> this.io,
				format, new ErrorReporter(false, interactive ? errors : null),
				new OriginResolver(LaunchOptionsParser.parse(new String[0], Map.of()), store), prompt -> Optional.empty(),
				question -> Optional.empty(), sleeper, Interrupts.NONE), List.of());
	}

	int run(String line) {
		return commands.dispatcher().executeLine(line, null);
	}

	/**
	 * The prompt loop over a dumb terminal reading {@code typed} from {@code lines}, the commands'
	 * diagnostics sent where the prompt sends them; what the loop writes to the terminal is in
	 * {@link #screen}, and {@link #err} stands for the process's stderr.
	 */
	int interactive(String typed, LineSource lines) throws IOException {
		io = new Io(io.out(), lines.diagnostics(io.out(), errors), io.tty(), io.width(), io.color(), io.clock());
		try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
				new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen,
				StandardCharsets.UTF_8)) {
			return new InteractiveLoop(LineReaderBuilder.builder().terminal(terminal).build(), commands.dispatcher(),
					commands.catalog()::startsWithSecretLikeWord, session, "exa> ", lines, stdout::failed)
				.run("banner", errors);
		}
	}
}
