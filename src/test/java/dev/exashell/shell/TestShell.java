package dev.exashell.shell;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Sleeper;
import dev.exashell.boot.Commands;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.Io;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.LinePrompt;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.Version;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiAccess;
import dev.exashell.boot.ApiClients;
import dev.exashell.interactive.InteractiveLoop;
import dev.exashell.interactive.LineSource;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.ApiKey;
import dev.exashell.session.CommandContext;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.Session;
import dev.exashell.testing.CapturedIo;
import dev.exashell.testing.TestTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * The real command set ({@link Commands}, as the app builds it) over one session against a
 * sandbox, with stdout and stderr captured per command. The sandbox and the shell share one fixed
 * clock, so relative times and statuses are exact. Retries keep their count but do not sleep.
 */
public final class TestShell {

	/** What one command did: its exit code and everything it wrote to stdout and stderr. */
	public record Result(int code, String out, String err) {

		public List<String> outLines() {
			return out.lines().toList();
		}
	}

	/** Shells other than {@link #watching} never wait. */
	private static final Sleeper NO_SLEEPER = duration -> {
		throw new AssertionError("this shell has no sleeper: build it with TestShell.watching");
	};

	private final CapturedIo captured;
	private final Io io;
	private final Session session;
	private final Commands commands;

	private TestShell(URI baseUrl, String key, OutputFormat format, boolean tty, int width) {
		this(baseUrl, key, format, tty, width, question -> Optional.empty());
	}

	private TestShell(URI baseUrl, String key, OutputFormat format, boolean tty, int width, LinePrompt confirm) {
		this(baseUrl, key, format, tty, width, confirm, TestTime.CLOCK, NO_SLEEPER);
	}

	/**
	 * @param confirm answers delete's question. The config directory is a fresh path under the
	 *     temporary directory that nothing creates unless a command saves there.
	 * @param clock the shell's time; {@code sleeper} its waits (watch)
	 */
	private TestShell(URI baseUrl, String key, OutputFormat format, boolean tty, int width, LinePrompt confirm,
			Clock clock, Sleeper sleeper) {
		this(baseUrl, key, format, tty, width, confirm, clock, sleeper, LaunchOptionsParser.parse(new String[0], Map.of()),
				context -> List.of());
	}

	/**
	 * @param launch the global options the API clients are made by ({@code --request-timeout}, {@code --debug})
	 * @param more commands beyond the app's, made from the same context as a feature's {@code …Commands.all} makes its own
	 */
	private TestShell(URI baseUrl, String key, OutputFormat format, boolean tty, int width, LinePrompt confirm,
			Clock clock, Sleeper sleeper, LaunchOptions launch, Function<CommandContext, List<ShellCommand>> more) {
		this.captured = new CapturedIo(tty, width, false, clock);
		this.io = captured.io();
		this.session = new Session(baseUrl, true, key == null ? null : new ApiKey(key, KeySource.SANDBOX));
		ApiAccess api = new ApiAccess(session, ApiClients.of(launch, () -> io, TestShell::withTestTime));
		ConfigStore store = new ConfigStore(Path.of(System.getProperty("java.io.tmpdir"), "exa-test-" + UUID.randomUUID()));
		OriginResolver origins = new OriginResolver(launch, store);
		CommandContext context = new CommandContext(session, api, () -> io, format, new ErrorReporter(false), origins,
				prompt -> Optional.empty(), confirm, sleeper, Interrupts.NONE);
		this.commands = Commands.create(context, more.apply(context));
	}

	/** Piped, the sandbox's key, with {@code more} commands in the catalog beside the app's. */
	static TestShell pipedWith(SandboxServer sandbox, Function<CommandContext, List<ShellCommand>> more) {
		return new TestShell(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY, OutputFormat.AUTO, false, 80,
				question -> Optional.empty(), TestTime.CLOCK, NO_SLEEPER, LaunchOptionsParser.parse(new String[0], Map.of()),
				more);
	}

	/** For watch: time is {@code clock} and waits go to {@code sleeper} (80 columns when {@code tty}, colour off). */
	static TestShell watching(SandboxServer sandbox, String key, OutputFormat format, boolean tty, Clock clock,
			Sleeper sleeper) {
		return new TestShell(sandbox.baseUrl(), key, format, tty, 80, question -> Optional.empty(), clock, sleeper);
	}

	/** As {@link #watching(SandboxServer, String, OutputFormat, boolean, Clock, Sleeper)}, against any server. */
	static TestShell watching(URI baseUrl, OutputFormat format, boolean tty, Clock clock, Sleeper sleeper) {
		return new TestShell(baseUrl, SandboxOptions.DEFAULT_API_KEY, format, tty, 80, question -> Optional.empty(), clock,
				sleeper);
	}

	/** A sandbox on 127.0.0.1, a free port, the default seed and 300 imports, its clock fixed at {@link TestTime#NOW}. */
	public static SandboxServer startSandbox() {
		return startSandbox(TestTime.CLOCK);
	}

	/** As {@link #startSandbox()}, its data seeded against and aged by {@code clock}. */
	public static SandboxServer startSandbox(Clock clock) {
		return SandboxServer.start(SandboxOptions.defaults().withPort(0).withClock(clock));
	}

	/** Piped, with output {@code format}, against any API at {@code baseUrl} (e.g. a fixture server). */
	static TestShell at(URI baseUrl, OutputFormat format) {
		return new TestShell(baseUrl, SandboxOptions.DEFAULT_API_KEY, format, false, 80);
	}

	/** Output piped (not a terminal) and no -o typed, so lists are TSV. */
	public static TestShell piped(SandboxServer sandbox) {
		return of(sandbox, OutputFormat.AUTO, false);
	}

	/** On a terminal wide enough that no column is cut or dropped. */
	static TestShell terminal(SandboxServer sandbox) {
		return new TestShell(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY, OutputFormat.AUTO, true, 200);
	}

	/** On a terminal {@code width} columns wide. */
	static TestShell terminal(SandboxServer sandbox, int width) {
		return new TestShell(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY, OutputFormat.TABLE, true, width);
	}

	public static TestShell of(SandboxServer sandbox, OutputFormat format, boolean tty) {
		return new TestShell(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY, format, tty, 80);
	}

	/** On a terminal 200 wide, answering delete's question with {@code answer} (null: no terminal to ask on). */
	static TestShell answering(SandboxServer sandbox, String answer) {
		return new TestShell(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY, OutputFormat.AUTO, true, 200,
				question -> Optional.ofNullable(answer));
	}

	/** Piped, with another API key (null: none). */
	static TestShell withKey(SandboxServer sandbox, String key) {
		return new TestShell(sandbox.baseUrl(), key, OutputFormat.AUTO, false, 80);
	}

	/**
	 * Started with these global options (e.g. {@code --request-timeout 200ms}), piped or on a
	 * terminal 80 wide; the sandbox's key.
	 */
	static TestShell launched(SandboxServer sandbox, boolean tty, String... globalOptions) {
		return new TestShell(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY, OutputFormat.TABLE, tty, 80,
				question -> Optional.empty(), TestTime.CLOCK, NO_SLEEPER, LaunchOptionsParser.parse(globalOptions, Map.of()),
				context -> List.of());
	}

	/** The client the shell uses: the app's defaults, except that retry waits take no time. */
	static ExaClient client(URI baseUrl, String key) {
		return new ExaClient(withTestTime(ClientConfig.defaults(key, Version.current()).withBaseUrl(baseUrl)));
	}

	/** The shell's fixed clock, retry waits that take no time (their lengths still count), no jitter. */
	private static ClientConfig withTestTime(ClientConfig config) {
		return config.withTime(TestTime.CLOCK, wait -> {
		}, () -> 0.0);
	}

	/** A client for checking the shell's output against the API directly. */
	public static ExaClient direct(SandboxServer sandbox) {
		return client(sandbox.baseUrl(), SandboxOptions.DEFAULT_API_KEY);
	}

	/** Runs one line as typed at the prompt or in a script. */
	public Result run(String line) {
		return capture(commands.dispatcher().executeLine(line, null));
	}

	/** Runs one command given as separate words, as one-shot mode does with its arguments. */
	Result runWords(String... words) {
		return capture(commands.dispatcher().execute(List.of(words), null));
	}

	/**
	 * Runs the real prompt loop over a dumb terminal reading {@code input}, until {@code exit} or
	 * the end of the input, with the parser Spring Shell's auto-configuration gives the app's line
	 * reader. The prompt and banner go to the terminal, which is thrown away; the result holds
	 * what the commands printed and the loop's exit code.
	 */
	Result runInteractive(String input) throws IOException {
		try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
				new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(),
				StandardCharsets.UTF_8)) {
			ExtendedDefaultParser parser = new ExtendedDefaultParser();
			parser.setEofOnUnclosedQuote(true);
			parser.setEofOnEscapedNewLine(true);
			LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
			return capture(new InteractiveLoop(reader, commands.dispatcher(),
					commands.catalog()::startsWithSecretLikeWord, session, "exa> ", LineSource.TERMINAL, () -> false)
				.run("banner", null));
		}
	}

	private Result capture(int code) {
		Result result = new Result(code, captured.out(), captured.err());
		captured.clear();
		return result;
	}

	Session session() {
		return session;
	}

	Commands commands() {
		return commands;
	}

	Io io() {
		return io;
	}
}
