package dev.exashell.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The requests the {@code hang} fault took and never answers. Holding one takes no thread: the
 * handler returns without closing its exchange, and the release (closing the connection, no byte
 * sent) comes when the sandbox resets or stops, or after {@link #LONGEST} at most, which is longer
 * than any request timeout exa-shell allows. One daemon timer thread exists only while something
 * is held.
 */
final class HeldRequests implements AutoCloseable {

	/** The longest a request is held; exa-shell's longest {@code --request-timeout} is 10 minutes too. */
	static final Duration LONGEST = Duration.ofMinutes(10);

	private final Duration longest;
	private final Map<Runnable, ScheduledFuture<?>> held = new ConcurrentHashMap<>();
	private final ScheduledThreadPoolExecutor timer;
	private boolean closed;

	HeldRequests(Duration longest) {
		this.longest = longest;
		this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
			Thread thread = new Thread(runnable, "exa-sandbox-held");
			thread.setDaemon(true);
			return thread;
		});
		timer.setRemoveOnCancelPolicy(true);
		timer.setKeepAliveTime(1, TimeUnit.SECONDS);
		timer.allowCoreThreadTimeOut(true);
	}

	/** Holds a request until {@code release} (which closes its connection) is due; at once when closed. */
	synchronized void hold(Runnable release) {
		if (closed) {
			release.run();
			return;
		}
		held.put(release, timer.schedule(() -> release(release), longest.toMillis(), TimeUnit.MILLISECONDS));
	}

	/** How many requests are held now. */
	int count() {
		return held.size();
	}

	/** Lets every held request go (sandbox reset). */
	void releaseAll() {
		List.copyOf(held.keySet()).forEach(this::release);
	}

	private void release(Runnable release) {
		ScheduledFuture<?> due = held.remove(release);
		if (due != null) {
			due.cancel(false);
			release.run();
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			closed = true;
		}
		releaseAll();
		timer.shutdownNow();
	}
}
