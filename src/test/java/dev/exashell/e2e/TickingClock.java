package dev.exashell.e2e;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock one second later at every reading, from {@link TestShell#NOW}, so any walk looks slow;
 * optionally, at reading {@code n} it interrupts the thread reading it, as Ctrl-C does.
 */
final class TickingClock extends Clock {

	private final int interruptAt;
	private Instant now = TestShell.NOW;
	private int readings;

	TickingClock() {
		this(-1);
	}

	TickingClock(int interruptAt) {
		this.interruptAt = interruptAt;
	}

	@Override
	public synchronized Instant instant() {
		if (++readings == interruptAt) {
			Thread.currentThread().interrupt();
		}
		now = now.plusSeconds(1);
		return now;
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
