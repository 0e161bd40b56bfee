package dev.exashell.api;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The one timer thread every client shares (the sweep of {@link InFlight}): a daemon, started on first use, gone after 5 idle seconds. */
final class ClientTimer {

	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private ClientTimer() {
	}

	/** Runs {@code task} every {@code period}, the first time one period from now, until the future is cancelled. */
	static ScheduledFuture<?> every(Duration period, Runnable task) {
		return TIMER.scheduleAtFixedRate(task, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
	}

	private static ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
			Thread thread = new Thread(runnable, "exa-client-timer");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		executor.setKeepAliveTime(5, TimeUnit.SECONDS);
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}
}
