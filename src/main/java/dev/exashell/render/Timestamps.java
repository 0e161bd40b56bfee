package dev.exashell.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Absolute times for people: always UTC, to the second: {@code 2026-11-30 01:02:03 UTC · 3 min ago}. */
public final class Timestamps {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private Timestamps() {
	}

	/** {@code 2026-11-30 01:02:03 UTC}; {@code —} for null. */
	public static String utc(Instant instant) {
		return instant == null ? TerminalText.ABSENT : UTC.format(instant);
	}

	/** {@code 2026-11-30 01:02:03 UTC · 3 min ago}; {@code —} for null. */
	public static String withAge(Instant then, Instant now) {
		return then == null ? TerminalText.ABSENT : utc(then) + " · " + RelativeTime.format(then, now);
	}
}
