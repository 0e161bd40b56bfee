package dev.exashell.watch;

import dev.exashell.api.Import;
import dev.exashell.api.ImportWalk;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.RateLimitException;
import dev.exashell.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the imports {@code watch --status} follows: walks every page of {@value ListPlan#PAGE_SIZE}
 * with an {@link ImportWalk} (so a server paging in a loop ends it with that walk's error) and
 * keeps each wanted import with its position in the list. It is part of the watch: a transient
 * failure is retried as a poll is (the wait starts at the interval and grows, a longer
 * {@code Retry-After} is waited out, each failure goes to the listener) and the watch's deadline
 * bounds it. The api should not retry by itself ({@link ImportWatcher#withoutRetries}).
 */
public final class StatusDiscovery {

	/** How discovery ended, what it found and what it took. */
	public record Found(List<WatchTarget> targets, int pages, long scanned, End end) {
	}

	/** Whether the walk reached the last page, ran into the deadline or was interrupted. */
	public enum End { COMPLETE, TIMED_OUT, INTERRUPTED }

	private final ImportsApi api;
	private final Clock clock;
	private final Sleeper sleeper;

	public StatusDiscovery(ImportsApi api, Clock clock, Sleeper sleeper) {
		this.api = Objects.requireNonNull(api, "api");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/**
	 * @param deadline when the watch's time is up (null: never)
	 * @param afterPage told after every page, for a progress line
	 */
	public Found find(Predicate<Import> wanted, WatchOptions options, Instant deadline, WatchListener listener,
			Consumer<Found> afterPage) {
		ImportWalk walk = new ImportWalk(api, ListPlan.PAGE_SIZE, null, 0);
		List<WatchTarget> found = new ArrayList<>();
		int position = 0;
		Duration wait = null;
		while (!walk.finished()) {
			if (Thread.currentThread().isInterrupted()) {
				return new Found(found, walk.pages(), position, End.INTERRUPTED);
			}
			if (deadline != null && walk.pages() > 0 && clock.instant().isAfter(deadline)) {
				return new Found(found, walk.pages(), position, End.TIMED_OUT);
			}
			List<Import> page;
			try {
				page = walk.nextPage();
			}
			catch (RuntimeException e) {
				if (!Poller.isTransient(e)) {
					throw e;
				}
				wait = options.grow(wait);
				End end = waitToRetry(e, wait, deadline, listener);
				if (end != null) {
					return new Found(found, walk.pages(), position, end);
				}
				continue;
			}
			wait = null;
			for (Import item : page) {
				if (wanted.test(item)) {
					found.add(WatchTarget.listed(item, position));
				}
				position++;
			}
			afterPage.accept(new Found(found, walk.pages(), position, End.COMPLETE));
		}
		return new Found(found, walk.pages(), position, End.COMPLETE);
	}

	/** Waits before the next try, as the watch would; how discovery ends if it cannot try again, else null. */
	private End waitToRetry(RuntimeException e, Duration wait, Instant deadline, WatchListener listener) {
		if (Thread.currentThread().isInterrupted()) {
			return End.INTERRUPTED;
		}
		Duration retryAfter = e instanceof RateLimitException limited ? limited.retryAfter().orElse(Duration.ZERO)
				: Duration.ZERO;
		Duration sleep = wait.compareTo(retryAfter) >= 0 ? wait : retryAfter;
		if (deadline != null) {
			Duration left = Duration.between(clock.instant(), deadline);
			if (left.isNegative() || left.isZero() || retryAfter.compareTo(left) > 0) {
				return End.TIMED_OUT;
			}
			sleep = sleep.compareTo(left) > 0 ? left : sleep;
		}
		listener.onTransientError(e.getMessage(), sleep);
		try {
			sleeper.sleep(sleep);
			return null;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return End.INTERRUPTED;
		}
	}
}
