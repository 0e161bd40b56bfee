package dev.exashell.boot;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * {@code EXA_SANDBOX_CLOCK}: a UTC instant such as {@code 2026-01-01T00:00:00Z} at which the
 * embedded sandbox's clock ({@code --sandbox}) stands still, so its seeded data and every status
 * are the same on every run (tests of the built program assert exact output with it). Unset, the
 * sandbox runs on the system clock. A value that is not such an instant is reported on stderr and
 * the system clock is used.
 */
final class SandboxClock {

	static final String VARIABLE = "EXA_SANDBOX_CLOCK";

	private SandboxClock() {
	}

	static Clock fromEnvironment(Map<String, String> env, PrintWriter err) {
		String text = env.get(VARIABLE);
		if (text == null || text.isBlank()) {
			return Clock.systemUTC();
		}
		try {
			return Clock.fixed(Instant.parse(text.strip()), ZoneOffset.UTC);
		}
		catch (DateTimeParseException e) {
			err.println("warning: " + VARIABLE + " must be a UTC instant such as 2026-01-01T00:00:00Z, got '" + text.strip()
					+ "'; using the system clock");
			err.flush();
			return Clock.systemUTC();
		}
	}
}
