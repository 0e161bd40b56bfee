package dev.exashell.imports;

import dev.exashell.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when something sleeps on it, so waiting for an import takes no real time. */
final class SteppingTime extends Clock implements Sleeper {

	static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

	private final AtomicReference<Instant> now = new AtomicReference<>(START);

	@Override
	public void sleep(Duration duration) {
		now.updateAndGet(t -> t.plus(duration));
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
