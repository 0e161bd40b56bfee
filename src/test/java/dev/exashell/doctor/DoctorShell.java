package dev.exashell.doctor;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.HttpTrace;
import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Io;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.cli.Version;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiAccess;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.ApiKey;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.Session;
import dev.exashell.testing.CapturedIo;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code doctor} as the shell runs it (through the dispatcher and error reporter), with what runs
 * fixed ({@link #RUNTIME}), a ticker that makes every round trip {@value #ROUND_TRIP_MS} ms, output
 * captured with colour off, and the client's trace and retry waits recorded. The client is the
 * app's, with its default retry policy: {@code doctor} must send its one request only once.
 */
final class DoctorShell {

	static final RuntimeReport RUNTIME = new RuntimeReport("1.2.3", "abc1234", "25.0.3", "/opt/exa/runtime", "bundled",
			"/opt/exa/lib/exa-shell.aot", true);

	static final long ROUND_TRIP_MS = 42;

	record Result(int code, String out, String err) {
	}

	private final CapturedIo captured;
	private final List<String> trace = new ArrayList<>();
	private final List<Duration> waits = new ArrayList<>();
	private final CommandDispatcher dispatcher;

	private DoctorShell(Session session, ConfigStore store, boolean tty, Clock clock) {
		captured = new CapturedIo(tty, 120, false, clock);
		Io io = captured.io();
		ApiAccess api = new ApiAccess(session, this::client);
		AtomicLong ticks = new AtomicLong();
		DoctorChecks checks = new DoctorChecks(session, api, store, () -> RUNTIME,
				() -> ticks.getAndAdd(ROUND_TRIP_MS * 1_000_000));
		dispatcher = new CommandDispatcher(new CommandCatalog(List.of(new DoctorCommand(checks, () -> io))),
				new ErrorReporter(false), () -> io);
	}

	/** {@code exa-shell --sandbox}: the embedded sandbox and its key; the config file in {@code configDir}. */
	static DoctorShell embedded(SandboxServer sandbox, Path configDir, boolean tty, Clock clock) {
		Session session = new Session(sandbox.baseUrl(), true, new ApiKey(SandboxOptions.DEFAULT_API_KEY, KeySource.SANDBOX));
		return new DoctorShell(session, new ConfigStore(configDir), tty, clock);
	}

	/** {@code exa-shell <launchArgs>}: base URL and key resolved as at start-up, from them and {@code configDir}. */
	static DoctorShell launched(Path configDir, Clock clock, String... launchArgs) {
		ConfigStore store = new ConfigStore(configDir);
		OriginResolver origins = new OriginResolver(LaunchOptionsParser.parse(launchArgs, Map.of()), store);
		return new DoctorShell(new Session(false, origins::resolve), store, false, clock);
	}

	private ExaClient client(URI base, String key) {
		return new ExaClient(ClientConfig.defaults(key, Version.current()).withBaseUrl(base)
			.withTime(Clock.systemUTC(), waits::add, () -> 0.0)
			.withTrace(new HttpTrace() {
				@Override
				public void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
					trace.add(method + " " + uri + " → " + status);
				}

				@Override
				public void onFailure(String method, URI uri, long durationMs, String message) {
					trace.add(method + " " + uri + " → " + message);
				}
			}));
	}

	Result doctor() {
		int code = dispatcher.executeLine("doctor", null);
		Result result = new Result(code, captured.out(), captured.err());
		captured.clear();
		return result;
	}

	/** What the client's own trace (the one {@code --debug} prints) saw, one entry per exchange. */
	List<String> trace() {
		return trace;
	}

	/** The waits the client's retries asked for. */
	List<Duration> retryWaits() {
		return waits;
	}
}
