package dev.exashell.watch;

import dev.exashell.api.ExaClient;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.RetryPolicy;
import dev.exashell.api.Sleeper;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Polls imports until they are no longer pending or processing. Rounds: the requests a
 * {@link Poller} makes (list pages per {@link ListPlan}, then one GET per import not seen), then
 * one wait (see {@link WatchOptions}); any change in a round resets the wait, a 429's
 * {@code Retry-After} lengthens it. Transient failures (network, 5xx, 408, 429, malformed body)
 * never end a watch, only the timeout does. The api should not retry by itself: use
 * {@link #forClient}. An interrupt (of the sleep or of a request) ends the watch as INTERRUPTED
 * and leaves the thread's interrupt flag set.
 */
public final class ImportWatcher {

	private final ImportsApi api;
	private final Clock clock;
	private final Sleeper sleeper;

	public ImportWatcher(ImportsApi api, Clock clock, Sleeper sleeper) {
		this.api = Objects.requireNonNull(api, "api");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/** A watcher over the client with its own retries disabled, its clock and its sleeper. */
	public static ImportWatcher forClient(ExaClient client) {
		return new ImportWatcher(withoutRetries(client), client.config().clock(), client.config().sleeper());
	}

	/** The watch does its own retrying: an {@link ExaClient} is used with its retries off. */
	public static ImportsApi withoutRetries(ImportsApi api) {
		return api instanceof ExaClient client ? client.withRetryPolicy(RetryPolicy.NONE) : api;
	}

	public WatchOutcome watch(String id, WatchOptions options, WatchListener listener) {
		return watchAll(List.of(id), options, listener).get(0);
	}

	/** Watches every id (duplicates once); outcomes in the order given. */
	public List<WatchOutcome> watchAll(List<String> ids, WatchOptions options, WatchListener listener) {
		return watch(ids.stream().map(WatchTarget::of).toList(), options, listener);
	}

	/**
	 * Watches the targets (duplicates once); outcomes in the order given. When every target comes
	 * with a listed import, those count as the first round and the first request waits one interval.
	 */
	public List<WatchOutcome> watch(List<WatchTarget> targets, WatchOptions options, WatchListener listener) {
		if (targets.isEmpty()) {
			return List.of();
		}
		WatchState state = new WatchState(targets, listener);
		Poller poller = new Poller(api, state, options.listPolling());
		Instant deadline = options.timeout() == null ? null : clock.instant().plus(options.timeout());
		boolean seeded = state.seedFromListing();
		Duration wait = null;
		while (true) {
			Poller.Round round = seeded ? Poller.Round.SEEDED : poller.poll();
			seeded = false;
			if (round.interrupted()) {
				return state.finish(Kind.INTERRUPTED, "interrupted");
			}
			if (state.active().isEmpty()) {
				return state.finish(null, null);
			}
			wait = round.changed() ? options.interval() : options.grow(wait);
			Duration planned = max(wait, round.retryAfter());
			Duration sleep = planned;
			if (deadline != null) {
				Duration left = Duration.between(clock.instant(), deadline);
				if ((left.isNegative() || left.isZero()) || round.retryAfter().compareTo(left) > 0) {
					// out of time, or the server asks us to wait past the deadline: no further request
					Duration rest = left.isNegative() ? Duration.ZERO : left;
					round.errors().forEach(message -> listener.onTransientError(message, rest));
					if (!rest.isZero() && !sleep(rest)) {
						return state.finish(Kind.INTERRUPTED, "interrupted");
					}
					return state.finish(Kind.TIMED_OUT, null);
				}
				sleep = planned.compareTo(left) > 0 ? left : planned;
			}
			if (round.errors().isEmpty()) {
				listener.onWaiting(sleep);
			}
			else {
				for (String message : round.errors()) {
					listener.onTransientError(message, sleep);
				}
			}
			if (!sleep(sleep)) {
				return state.finish(Kind.INTERRUPTED, "interrupted");
			}
		}
	}

	/** False if interrupted (the interrupt flag is set again). */
	private boolean sleep(Duration duration) {
		try {
			sleeper.sleep(duration);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
