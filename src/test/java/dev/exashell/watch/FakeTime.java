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
final class FakeTime extends Clock implements Sleeper {

	static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

	private final AtomicReference<Instant> now = new AtomicReference<>(START);
	private final List<Duration> waits = new CopyOnWriteArrayList<>();
	private volatile int interruptOnSleep = -1;

	/** The {@code n}th sleep (1-based) throws InterruptedException instead of passing time. */
	FakeTime interruptOnSleep(int n) {
		this.interruptOnSleep = n;
		return this;
	}

	@Override
	public void sleep(Duration duration) throws InterruptedException {
		waits.add(duration);
		if (waits.size() == interruptOnSleep) {
			throw new InterruptedException("sleep interrupted");
		}
		now.updateAndGet(t -> t.plus(duration));
	}

	List<Duration> waits() {
		return List.copyOf(waits);
	}

	/** Seconds since {@link #START}, as "9.5s". */
	String elapsed() {
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
