package dev.exashell.imports;

import dev.exashell.api.ExaException;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.Sleeper;
import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Io;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.Durations;
import dev.exashell.render.ScanSummary;
import dev.exashell.render.WalkProgress;
import dev.exashell.render.WatchView;
import dev.exashell.session.Session;
import dev.exashell.watch.StatusDiscovery;
import dev.exashell.watch.StatusDiscovery.End;
import dev.exashell.watch.StatusDiscovery.Found;
import dev.exashell.watch.WatchListener;
import dev.exashell.watch.WatchOptions;
import dev.exashell.watch.WatchTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code watch} is asked to follow: the ids and row numbers given, then with {@code --status}
 * every import now in those statuses, found by walking all pages of 200 ({@link StatusDiscovery}:
 * retried and bounded by the deadline as the watch is; the import and its position in the list
 * are kept, so the watch knows where to look). On a terminal a long walk shows its progress; its
 * scan summary goes to stderr; an empty result says so there.
 *
 * @param api the client with its own retries off
 */
record WatchTargets(ImportsApi api, Sleeper sleeper, Io io, OutputFormat format) {

	List<WatchTarget> resolve(List<String> args, Optional<String> status, Session session, WatchOptions options,
			Instant deadline) {
		Map<String, WatchTarget> targets = new LinkedHashMap<>();
		for (String arg : args) {
			String id = ImportRef.resolve(arg, session).id();
			targets.putIfAbsent(id, WatchTarget.of(id));
		}
		if (status.isPresent()) {
			Set<String> statuses = StatusFilter.parse(status.get(), io.err());
			List<WatchTarget> found = walk(statuses, options, deadline);
			found.forEach(target -> targets.put(target.id(), target));
			if (found.isEmpty() && targets.isEmpty()) {
				io.err().print("nothing to watch: no import is " + String.join(" or ", statuses) + "\n");
				io.err().flush();
			}
		}
		return new ArrayList<>(targets.values());
	}

	private List<WatchTarget> walk(Set<String> statuses, WatchOptions options, Instant deadline) {
		WalkProgress progress = new WalkProgress(io);
		Found found;
		try {
			found = new StatusDiscovery(api, io.clock(), sleeper).find(item -> StatusFilter.matches(statuses, item),
					options, deadline, warningsBelow(progress),
					page -> progress.update(page.pages(), page.scanned(), (long) page.targets().size()));
		}
		catch (ExaException e) {
			if (Thread.currentThread().isInterrupted()) {
				throw interrupted();
			}
			throw e;
		}
		finally {
			progress.clear();
		}
		String summary = new ScanSummary(found.pages(), found.scanned(), found.targets().size()).text();
		if (found.end() == End.INTERRUPTED) {
			throw interrupted();
		}
		if (found.end() == End.TIMED_OUT) {
			throw new CliException(ExitCodes.TIMEOUT, "timed out after " + Durations.format(options.timeout())
					+ " while looking for imports to watch (" + summary + ")", "a longer --timeout gives it more time");
		}
		io.err().print(summary + "\n");
		io.err().flush();
		return found.targets();
	}

	/** The warnings of the view for this output, each on its own line, the progress line erased first. */
	private WatchListener warningsBelow(WalkProgress progress) {
		WatchListener warnings = WatchView.discovery(io, format);
		return new WatchListener() {
			@Override
			public void onTransientError(String message, Duration retryIn) {
				progress.clear();
				warnings.onTransientError(message, retryIn);
			}
		};
	}

	private static CliException interrupted() {
		return new CliException(ExitCodes.INTERRUPTED, "interrupted while looking for imports to watch", null);
	}
}
