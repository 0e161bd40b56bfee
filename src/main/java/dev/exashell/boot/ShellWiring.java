package dev.exashell.boot;

import dev.exashell.api.Sleeper;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.ModeIo;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.StandardStreams;
import dev.exashell.config.ConfigStore;
import dev.exashell.interactive.InteractiveCommands;
import dev.exashell.interactive.ReaderPrompts;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.ApiKey;
import dev.exashell.session.CommandContext;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.Session;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jline.reader.LineReader;

/**
 * The shell's one wiring, in plain Java: the IO of this mode, the error reporter, the config
 * store, the origin resolver, the session (on the embedded sandbox, started here, with
 * {@code --sandbox}), the API access and the commands. One-shot and script runs use it directly,
 * without Spring ({@link ExaShellMain}); the interactive shell's Spring configuration
 * ({@link CliConfiguration}) registers what the very same instance holds, so the two cannot drift.
 */
public final class ShellWiring implements AutoCloseable {

	private final LaunchOptions launch;
	private final ModeIo modeIo;
	private final ErrorReporter reporter;
	private final ConfigStore configStore;
	private final OriginResolver origins;
	private final SandboxServer sandbox;
	private final Session session;
	private final ApiAccess api;
	private final AtomicBoolean closed = new AtomicBoolean();

	private ShellWiring(LaunchOptions launch, ModeIo modeIo, ErrorReporter reporter, ConfigStore configStore,
			OriginResolver origins, SandboxServer sandbox, Session session, ApiAccess api) {
		this.launch = launch;
		this.modeIo = modeIo;
		this.reporter = reporter;
		this.configStore = configStore;
		this.origins = origins;
		this.sandbox = sandbox;
		this.session = session;
		this.api = api;
	}

	/**
	 * Everything but the commands. Throws what a bad start-up setting causes (e.g. a
	 * {@code CliException} for a base URL that is not an http(s) URL) with nothing left running.
	 *
	 * @param terminalWidth the terminal's width, asked only when stdout is a terminal
	 */
	public static ShellWiring create(LaunchOptions launch, Map<String, String> env, StandardStreams streams,
			IntSupplier terminalWidth) {
		ModeIo modeIo = new ModeIo(streams, launch, env, terminalWidth, Clock.systemUTC());
		ErrorReporter reporter = new ErrorReporter(launch.debug(), streams.err());
		ConfigStore configStore = new ConfigStore(ConfigStore.locate(env));
		OriginResolver origins = new OriginResolver(launch, configStore);
		SandboxServer sandbox = launch.sandbox() ? embeddedSandbox(env, streams.err()) : null;
		Session session = sandbox != null
				? new Session(sandbox.baseUrl(), true, new ApiKey(SandboxOptions.DEFAULT_API_KEY, KeySource.SANDBOX))
				: new Session(false, origins::resolve);
		ApiAccess api = new ApiAccess(session, ApiClients.of(launch, modeIo, UnaryOperator.identity()));
		return new ShellWiring(launch, modeIo, reporter, configStore, origins, sandbox, session, api);
	}

	/** {@code --sandbox}: the sandbox on an ephemeral port, its processing time and clock as the environment says. */
	static SandboxServer embeddedSandbox(Map<String, String> env, PrintWriter err) {
		return SandboxServer.start(SandboxOptions.defaults().withPort(0)
			.withProcessing(SandboxProcessing.fromEnvironment(env, err))
			.withClock(SandboxClock.fromEnvironment(env, err)));
	}

	/**
	 * The commands over this wiring's session. {@code login}'s masked prompt, {@code delete}'s
	 * question and {@code history} use the terminal's line reader, asked for only when they run.
	 *
	 * @param lineReader the interactive shell's line reader, or one made on demand
	 */
	public Commands commands(Supplier<LineReader> lineReader) {
		List<ShellCommand> terminal = InteractiveCommands.all(modeIo, () -> lineReader.get().getHistory());
		return Commands.create(new CommandContext(session, api, modeIo, launch.output(), reporter, origins,
				ReaderPrompts.secret(lineReader, modeIo), ReaderPrompts.confirm(lineReader, modeIo), Sleeper.SYSTEM,
				launch.mode() == LaunchOptions.Mode.INTERACTIVE ? Interrupts.NONE : Interrupts.sigint()), terminal);
	}

	public ModeIo modeIo() {
		return modeIo;
	}

	public ErrorReporter reporter() {
		return reporter;
	}

	public ConfigStore configStore() {
		return configStore;
	}

	public Session session() {
		return session;
	}

	/** Stops the embedded sandbox, if there is one; closing again does nothing. */
	@Override
	public void close() {
		if (closed.compareAndSet(false, true) && sandbox != null) {
			sandbox.close();
		}
	}
}
