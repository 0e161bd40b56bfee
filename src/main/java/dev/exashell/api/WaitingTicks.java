package dev.exashell.api;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;

/**
 * While one attempt's answer is awaited, tells the trace so every tick ({@link HttpTrace#onWaiting}),
 * from the {@link ClientTimer} every client shares. After {@link #stop()} returns it says nothing more,
 * so the requesting thread's next trace call (which erases a live line) comes after the last tick.
 * With {@link HttpTrace#NONE} nothing is scheduled.
 */
final class WaitingTicks implements Runnable {

	private final HttpTrace trace;
	private final String method;
	private final URI shown;
	private final HttpTransport.Attempt attempt;
	private ScheduledFuture<?> schedule;
	private boolean stopped;

	private WaitingTicks(HttpTrace trace, String method, URI shown, HttpTransport.Attempt attempt) {
		this.trace = trace;
		this.method = method;
		this.shown = shown;
		this.attempt = attempt;
	}

	static WaitingTicks start(HttpTrace trace, Duration tick, String method, URI shown, HttpTransport.Attempt attempt) {
		WaitingTicks ticks = new WaitingTicks(trace, method, shown, attempt);
		if (trace != HttpTrace.NONE) {
			synchronized (ticks) {
				ticks.schedule = ClientTimer.every(tick, ticks);
			}
		}
		return ticks;
	}

	@Override
	public synchronized void run() {
		if (!stopped) {
			trace.onWaiting(method, shown, Duration.ofNanos(System.nanoTime() - attempt.startNanos()), attempt.number(),
					attempt.of());
		}
	}

	synchronized void stop() {
		stopped = true;
		if (schedule != null) {
			schedule.cancel(false);
		}
	}
}
