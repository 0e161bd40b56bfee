package dev.exashell.api;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * Ends a blocking exchange when the thread waiting for it is interrupted (Ctrl-C at the prompt). A
 * socket read does not notice an interrupt, so while any exchange is watched, one sweep on the
 * {@link ClientTimer} looks every {@link #PERIOD} at each waiting thread's flag and, once it is
 * set, runs that exchange's {@code abort} (which closes the connection); the blocked read then
 * fails, and {@link #fired()} says why. The flag itself is left set for the caller to see.
 * <p>
 * Watching costs a set insertion per exchange, not a timer task: scheduling and cancelling one per
 * request cost 0.05–0.1 ms each. The sweep stops itself after {@link #IDLE_SWEEPS} sweeps with
 * nothing to watch, so an idle session wakes no thread.
 */
final class InterruptWatch {

	/** How soon an interrupt ends the wait, at the latest. */
	static final Duration PERIOD = Duration.ofMillis(50);

	private static final int IDLE_SWEEPS = 20;

	private static final Set<InterruptWatch> WATCHED = ConcurrentHashMap.newKeySet();

	private static ScheduledFuture<?> sweep;

	private static int idleSweeps;

	private final Thread waiter = Thread.currentThread();

	private final Runnable abort;

	private boolean stopped;

	private volatile boolean fired;

	private InterruptWatch(Runnable abort) {
		this.abort = abort;
	}

	/** Watches the calling thread until {@link #stop()}. */
	static InterruptWatch start(Runnable abort) {
		InterruptWatch watch = new InterruptWatch(abort);
		WATCHED.add(watch);
		sweeping();
		return watch;
	}

	/** After this returns, {@code abort} is not run any more. */
	synchronized void stop() {
		stopped = true;
		WATCHED.remove(this);
	}

	/** Whether the wait was ended because the thread was interrupted. */
	boolean fired() {
		return fired;
	}

	private synchronized void check() {
		if (!stopped && !fired && waiter.isInterrupted()) {
			fired = true;
			abort.run();
		}
	}

	private static synchronized void sweeping() {
		idleSweeps = 0;
		if (sweep == null) {
			sweep = ClientTimer.every(PERIOD, InterruptWatch::sweepOnce);
		}
	}

	private static void sweepOnce() {
		WATCHED.forEach(InterruptWatch::check);
		synchronized (InterruptWatch.class) {
			if (!WATCHED.isEmpty()) {
				idleSweeps = 0;
			}
			else if (++idleSweeps >= IDLE_SWEEPS) {
				sweep.cancel(false);
				sweep = null;
			}
		}
	}
}
