package dev.exashell.testing;

import dev.exashell.api.Sleeper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' clock and sleeper, in UTC, from {@link TestTime#NOW} unless told otherwise. Time moves
 * only when a test moves it ({@link #set}, {@link #advance}), when something sleeps on it (the
 * wait is recorded and passes at once: nothing really sleeps), or, for a {@link #ticking} clock,
 * by one step at every reading, so any walk looks slow.
 */
public final class FakeClock extends Clock implements Sleeper {

	private final Instant start;
	private final Duration tick;
	private final AtomicReference<Instant> now;
	private final AtomicInteger readings = new AtomicInteger();
	private final List<Duration> waits = new CopyOnWriteArrayList<>();
	private final Map<Integer, Runnable> actions = new ConcurrentHashMap<>();
	private volatile int interruptOnSleep = -1;
	private volatile int interruptOnReading = -1;

	/** At {@link TestTime#NOW}. */
	public FakeClock() {
		this(TestTime.NOW);
	}

	public FakeClock(Instant start) {
		this(start, Duration.ZERO);
	}

	private FakeClock(Instant start, Duration tick) {
		this.start = start;
		this.tick = tick;
		this.now = new AtomicReference<>(start);
	}

	/** One second later at every reading, from {@link TestTime#NOW}. */
	public static FakeClock ticking() {
		return new FakeClock(TestTime.NOW, Duration.ofSeconds(1));
	}

	/** The {@code n}th reading (1-based) interrupts the thread reading it, as Ctrl-C does. */
	public FakeClock interruptOnReading(int n) {
		this.interruptOnReading = n;
		return this;
	}

	/** The {@code n}th sleep (1-based) throws InterruptedException instead of passing time. */
	public FakeClock interruptOnSleep(int n) {
		this.interruptOnSleep = n;
		return this;
	}

	/** Runs {@code action} at the end of the {@code n}th sleep (1-based), after time has moved. */
	public FakeClock onSleep(int n, Runnable action) {
		actions.put(n, action);
		return this;
	}

	/** Moves time without recording a wait (for set-up between the engine's sleeps). */
	public void advance(Duration duration) {
		now.updateAndGet(t -> t.plus(duration));
	}

	/** Puts the clock at {@code instant}, e.g. seed a sandbox at one instant and ask it at another. */
	public void set(Instant instant) {
		now.set(instant);
	}

	@Override
	public void sleep(Duration duration) throws InterruptedException {
		waits.add(duration);
		if (waits.size() == interruptOnSleep) {
			throw new InterruptedException("sleep interrupted");
		}
		advance(duration);
		Runnable action = actions.get(waits.size());
		if (action != null) {
			action.run();
		}
	}

	/** Every wait asked of {@link #sleep}, in order. */
	public List<Duration> waits() {
		return List.copyOf(waits);
	}

	/** Seconds since the start, as "9.5s". */
	public String elapsed() {
		long millis = Duration.between(start, now.get()).toMillis();
		return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s";
	}

	@Override
	public Instant instant() {
		if (readings.incrementAndGet() == interruptOnReading) {
			Thread.currentThread().interrupt();
		}
		return tick.isZero() ? now.get() : now.updateAndGet(t -> t.plus(tick));
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
