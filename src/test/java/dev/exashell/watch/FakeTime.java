package dev.exashell.watch;

import dev.exashell.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when something sleeps on it: records the waits, never really waits. */
public final class FakeTime extends Clock implements Sleeper {

	public static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

	private final AtomicReference<Instant> now = new AtomicReference<>(START);
	private final List<Duration> waits = new CopyOnWriteArrayList<>();
	private volatile int interruptOnSleep = -1;
	private final java.util.Map<Integer, Runnable> actions = new java.util.concurrent.ConcurrentHashMap<>();

	/** The {@code n}th sleep (1-based) throws InterruptedException instead of passing time. */
	public FakeTime interruptOnSleep(int n) {
		this.interruptOnSleep = n;
		return this;
	}

	/** Runs {@code action} at the end of the {@code n}th sleep (1-based), after time has moved. */
	public FakeTime onSleep(int n, Runnable action) {
		actions.put(n, action);
		return this;
	}

	/** Moves time without recording a wait (for set-up between the engine's sleeps). */
	public void advance(Duration duration) {
		now.updateAndGet(t -> t.plus(duration));
	}

	@Override
	public void sleep(Duration duration) throws InterruptedException {
		waits.add(duration);
		if (waits.size() == interruptOnSleep) {
			throw new InterruptedException("sleep interrupted");
		}
		now.updateAndGet(t -> t.plus(duration));
		Runnable action = actions.get(waits.size());
		if (action != null) {
			action.run();
		}
	}

	public List<Duration> waits() {
		return List.copyOf(waits);
	}

	/** Seconds since {@link #START}, as "9.5s". */
	public String elapsed() {
		long millis = Duration.between(START, instant()).toMillis();
		return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
	}

	@Override
	public Instant instant() {
		return now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException();
	}
}
