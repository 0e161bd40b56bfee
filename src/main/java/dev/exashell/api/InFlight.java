package dev.exashell.api;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One attempt in flight, watched until {@link #stop()} by a sweep that looks at every attempt in
 * flight each {@link #PERIOD}, on a timer thread every client shares (a daemon, started on first
 * use, gone after 5 idle seconds):
 * <ul>
 * <li>once a whole tick more has passed without an answer, it tells the trace
 * ({@link HttpTrace#onWaiting}: the live {@code waiting for …} line);</li>
 * <li>once the waiting thread is interrupted (Ctrl-C at the prompt), it runs the abort the
 * transport gave ({@link #abortWith}), since a blocking socket read ignores an interrupt; the
 * thread's flag is left set, and {@link #aborted()} says why the read failed.</li>
 * </ul>
 * Watching costs a set insertion per attempt, not a timer task (scheduling and cancelling one per
 * request cost 0.05–0.1 ms). After {@link #stop()} returns nothing more is said or run, so the
 * requesting thread's next trace call comes after the last tick. The sweep stops itself after
 * {@link #IDLE_SWEEPS} sweeps with nothing in flight, so an idle session wakes no thread.
 */
final class InFlight {

	/** How often the sweep looks: an interrupt ends a wait this soon, a tick comes this late, at most. */
	static final Duration PERIOD = Duration.ofMillis(50);

	private static final int IDLE_SWEEPS = 20;

	private static final Set<InFlight> ALL = ConcurrentHashMap.newKeySet();

	private static final ScheduledThreadPoolExecutor TIMER = timer();

	private static ScheduledFuture<?> sweep;

	private static int idleSweeps;

	private final Thread waiter = Thread.currentThread();
	private final HttpTrace trace;
	private final long tickNanos;
	private final String method;
	private final URI shown;
	private final HttpTransport.Attempt attempt;
	private final long startNanos = System.nanoTime();
	private long ticks;
	private Runnable abort;
	private boolean stopped;
	private volatile boolean aborted;

	private InFlight(HttpTrace trace, Duration tick, String method, URI shown, HttpTransport.Attempt attempt) {
		this.trace = trace;
		this.tickNanos = tick.toNanos();
		this.method = method;
		this.shown = shown;
		this.attempt = attempt;
	}

	/** Watches an attempt the calling thread is about to wait for. */
	static InFlight start(HttpTrace trace, Duration tick, String method, URI shown, HttpTransport.Attempt attempt) {
		InFlight flight = new InFlight(trace, tick, method, shown, attempt);
		ALL.add(flight);
		sweeping();
		return flight;
	}

	/** Once the waiting thread is interrupted, {@code abort} is run (once) to end the wait. */
	synchronized void abortWith(Runnable abort) {
		this.abort = abort;
	}

	/** Whether the wait was ended because the thread was interrupted. */
	boolean aborted() {
		return aborted;
	}

	/** After this returns, nothing more is said to the trace and the abort is not run. */
	synchronized void stop() {
		stopped = true;
		ALL.remove(this);
	}

	private synchronized void look(long now) {
		if (stopped) {
			return;
		}
		if (abort != null && !aborted && waiter.isInterrupted()) {
			aborted = true;
			abort.run();
			return;
		}
		long due = (now - startNanos) / tickNanos;
		if (due > ticks && trace != HttpTrace.NONE) {
			ticks = due;
			trace.onWaiting(method, shown, Duration.ofNanos(now - attempt.startNanos()), attempt.number(), attempt.of());
		}
	}

	private static synchronized void sweeping() {
		idleSweeps = 0;
		if (sweep == null) {
			sweep = TIMER.scheduleAtFixedRate(InFlight::sweepOnce, PERIOD.toNanos(), PERIOD.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	private static void sweepOnce() {
		long now = System.nanoTime();
		ALL.forEach(flight -> flight.look(now));
		synchronized (InFlight.class) {
			if (!ALL.isEmpty()) {
				idleSweeps = 0;
			}
			else if (++idleSweeps >= IDLE_SWEEPS) {
				sweep.cancel(false);
				sweep = null;
			}
		}
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
