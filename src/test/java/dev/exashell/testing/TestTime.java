package dev.exashell.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The one "now" of the tests: fixed clocks, fake clocks and the sandboxes they seed all start here. */
public final class TestTime {

	public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	/** A clock that always reads {@link #NOW}, in UTC. */
	public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	private TestTime() {
	}
}
