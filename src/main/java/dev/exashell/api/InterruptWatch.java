package dev.exashell.api;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * Ends a blocking exchange when the thread waiting for it is interrupted (Ctrl-C at the prompt). A
 * socket read does not notice an interrupt, so every {@link #PERIOD} the {@link ClientTimer}
 * looks at that thread's flag and, once it is set, runs {@code abort} (which closes the
 * connection); the blocked read then fails, and {@link #fired()} says why. The flag itself is left
 * set for the caller to see.
 */
final class InterruptWatch implements Runnable {

	/** How soon an interrupt ends the wait, at the latest. */
	static final Duration PERIOD = Duration.ofMillis(50);

	private final Thread waiter = Thread.currentThread();

	private final Runnable abort;

	private ScheduledFuture<?> schedule;

	private boolean stopped;

	private volatile boolean fired;

	private InterruptWatch(Runnable abort) {
		this.abort = abort;
	}

	/** Watches the calling thread until {@link #stop()}. */
	static InterruptWatch start(Runnable abort) {
		InterruptWatch watch = new InterruptWatch(abort);
		synchronized (watch) {
			watch.schedule = ClientTimer.every(PERIOD, watch);
		}
		return watch;
	}

	@Override
	public synchronized void run() {
		if (!stopped && !fired && waiter.isInterrupted()) {
			fired = true;
			abort.run();
		}
	}

	/** After this returns, {@code abort} is not run any more. */
	synchronized void stop() {
		stopped = true;
		schedule.cancel(false);
	}

	/** Whether the wait was ended because the thread was interrupted. */
	boolean fired() {
		return fired;
	}
}
