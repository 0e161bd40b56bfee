package dev.exashell.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a watch polls. The wait starts at {@code interval}, grows by {@code backoff} (rounded to
 * the millisecond) while nothing changes, never exceeds {@code maxInterval} nor the time left
 * before {@code timeout}, and drops back to {@code interval} on any change.
 *
 * @param interval first and reset wait, default 2 s
 * @param maxInterval cap of the grown wait, default 30 s
 * @param backoff growth factor per unchanged round, at least 1, default 1.5
 * @param timeout how long the whole watch may take; null waits forever (default)
 * @param listPolling whether several imports may be read from the list endpoint when that takes
 *     fewer requests than one GET each (see {@link ListPlan}); default true
 */
public record WatchOptions(Duration interval, Duration maxInterval, double backoff, Duration timeout,
		boolean listPolling) {

	public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
	public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(30);
	public static final double DEFAULT_BACKOFF = 1.5;

	public WatchOptions {
		requirePositive(interval, "interval");
		requirePositive(maxInterval, "maxInterval");
		if (maxInterval.compareTo(interval) < 0) {
			throw new IllegalArgumentException("maxInterval must not be below interval");
		}
		if (!(backoff >= 1.0)) {
			throw new IllegalArgumentException("backoff must be >= 1");
		}
		if (timeout != null && timeout.isNegative()) {
			throw new IllegalArgumentException("timeout must not be negative");
		}
	}

	private static void requirePositive(Duration d, String name) {
		if (Objects.requireNonNull(d, name).isNegative() || d.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

	/** 2 s, ×1.5, capped at 30 s, no timeout, list polling on. */
	public static WatchOptions defaults() {
		return new WatchOptions(DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL, DEFAULT_BACKOFF, null, true);
	}

	public WatchOptions withInterval(Duration interval) {
		Duration max = maxInterval.compareTo(interval) < 0 ? interval : maxInterval;
		return new WatchOptions(interval, max, backoff, timeout, listPolling);
	}

	public WatchOptions withTimeout(Duration timeout) {
		return new WatchOptions(interval, maxInterval, backoff, timeout, listPolling);
	}

	/** One GET per import per round, never the list endpoint (for comparison in the benchmark). */
	public WatchOptions withoutListPolling() {
		return new WatchOptions(interval, maxInterval, backoff, timeout, false);
	}

	/** The wait after {@code previous} when nothing changed: grown, capped; {@code interval} if there was none. */
	Duration grow(Duration previous) {
		if (previous == null) {
			return interval;
		}
		long millis = Math.round(previous.toMillis() * backoff);
		return Duration.ofMillis(Math.min(millis, maxInterval.toMillis()));
	}
}
