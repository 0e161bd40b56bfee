package dev.exashell.imports;

import dev.exashell.api.ImportsApi;
import dev.exashell.api.Sleeper;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.render.WatchView;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import dev.exashell.watch.ImportWatcher;
import dev.exashell.watch.TickingSleeper;
import dev.exashell.watch.WatchOptions;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import dev.exashell.watch.WatchTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code watch <id|row>... [--status S] [--interval D] [--timeout D] [--bell] [-o FORMAT]}: polls imports until
 * none is pending or processing, shows it as it goes ({@link WatchView}) and returns 0 when all
 * completed, 5 when one failed, 6 on timeout, 130 when Ctrl-C stopped it (the session goes on).
 */
final class WatchCommand implements ShellCommand {

	static final Duration MIN_INTERVAL = Duration.ofMillis(100);
	static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

	private static final OptionKey<Duration> INTERVAL = OptionKey.duration("interval");
	private static final OptionKey<Duration> TIMEOUT = OptionKey.duration("timeout");
	private static final OptionKey<Boolean> BELL = OptionKey.flag("bell");

	private static final CommandSpec SPEC = CommandSpec.command("watch", "follow imports until they complete or fail")
		.arguments("<id|row>...", 0, Integer.MAX_VALUE)
		.completeArguments(ArgumentKind.IMPORT)
		.option(Statuses.STATUS.describe(null, "S[,S...]", "also watch every import now in these statuses", false,
				Statuses.KNOWN))
		.option(INTERVAL, "D", "first wait between polls, 100ms to 168h (default 2s)")
		.option(TIMEOUT, "D", "give up after D, exit 6 (default 30m, at most 168h)")
		.flag(BELL, "ring the terminal bell when the watch ends")
		.option(OutputOption.OPTION)
		.details("""
				Polls until no watched import is pending or processing. The wait starts at --interval,
				grows 1.5x to 30s while nothing changes and drops back on any change; 429s, 5xx and
				network errors are retried until --timeout. Exit 0 all completed, 5 one failed (or
				another final status), 6 timed out, 3 not found, 4 key refused, 130 Ctrl-C.
				Many imports are read from the list endpoint when that takes fewer requests.""")
		.example("watch imp_01jd6x2k8m3n4p5q6r7s8t9v0w")
		.example("watch 3 --timeout 10m --bell")
		.example("watch --status pending,processing --interval 5s");

	private final ApiAccess api;
	private final Session session;
	private final IoSource io;
	private final OutputFormat format;
	private final Sleeper sleeper;
	private final Interrupts interrupts;

	WatchCommand(ApiAccess api, Session session, IoSource io, OutputFormat format, Sleeper sleeper,
			Interrupts interrupts) {
		this.api = api;
		this.session = session;
		this.io = io;
		this.format = format;
		this.sleeper = sleeper;
		this.interrupts = interrupts;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		WatchOptions options = options(in);
		OutputFormat shown = OutputOption.of(in, format);
		Io out = io.io();
		List<WatchOutcome> outcomes;
		WatchView view;
		try (Interrupts.Registration ctrlC = interrupts.forward(Thread.currentThread())) {
			Instant start = out.clock().instant();
			Instant deadline = start.plus(options.timeout());
			ImportsApi polling = ImportWatcher.withoutRetries(api.api());
			List<WatchTarget> targets = new WatchTargets(polling, sleeper, out, shown)
				.resolve(in.args(), in.get(Statuses.STATUS), session, options, deadline);
			if (targets.isEmpty()) {
				return 0;
			}
			view = WatchView.of(out, shown, targets.stream().map(WatchTarget::id).toList(), start);
			Sleeper waits = view.live() ? new TickingSleeper(sleeper, Duration.ofSeconds(1), view::tick) : sleeper;
			outcomes = new ImportWatcher(polling, out.clock(), waits)
				.watch(targets, options.withTimeout(timeLeft(out, deadline)), view);
		}
		finally {
			Thread.interrupted();
		}
		view.finish(outcomes);
		if (in.has(BELL)) {
			out.err().print('\007');
			out.err().flush();
		}
		return errors(outcomes, out);
	}

	/** What discovery left of the timeout for the polls (none if it ended past the deadline). */
	private static Duration timeLeft(Io out, Instant deadline) {
		Duration left = Duration.between(out.clock().instant(), deadline);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static WatchOptions options(Invocation in) {
		if (in.args().isEmpty() && !in.has(Statuses.STATUS)) {
			throw new UsageException("give the imports to watch: ids, row numbers or --status S",
					"for example watch imp_… or watch --status pending,processing");
		}
		Duration interval = in.get(INTERVAL).orElse(WatchOptions.DEFAULT_INTERVAL);
		if (interval.compareTo(MIN_INTERVAL) < 0) {
			throw new UsageException("--interval must be at least 100ms, got " + in.typed(INTERVAL).orElseThrow(),
					"the wait grows from there by itself; --interval 2s is the default");
		}
		Duration timeout = in.get(TIMEOUT).orElse(DEFAULT_TIMEOUT);
		if (timeout.isZero()) {
			throw new UsageException("--timeout must be more than 0, got " + in.typed(TIMEOUT).orElseThrow(),
					"for example --timeout 30m (the default) or --timeout 2h");
		}
		return WatchOptions.defaults().withInterval(interval).withTimeout(timeout);
	}

	/**
	 * The exit code; an API error that ended a watch (404, 401/403, another 4xx) is reported like
	 * any command's: thrown for one import, one {@code error:} line per import for several.
	 */
	private static int errors(List<WatchOutcome> outcomes, Io out) {
		List<WatchOutcome> failed = outcomes.stream()
			.filter(o -> o.kind() == Kind.NOT_FOUND || o.kind() == Kind.AUTH || o.kind() == Kind.ERROR)
			.toList();
		if (outcomes.size() == 1 && failed.size() == 1) {
			throw failed.get(0).error();
		}
		for (WatchOutcome outcome : failed) {
			out.err().print("error: " + outcome.id().replaceAll("\\p{Cntrl}", "?") + ": "
					+ ErrorReporter.describe(outcome.error()).message() + "\n");
		}
		out.err().flush();
		return WatchExitCodes.of(outcomes);
	}
}
