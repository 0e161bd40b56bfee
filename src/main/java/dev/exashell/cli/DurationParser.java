package dev.exashell.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people type them: {@code 500ms}, {@code 2s}, {@code 1m30s}, {@code 30m}, {@code 1h}, {@code 90} (seconds). */
public final class DurationParser {

	private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

	private DurationParser() {
	}

	public static Duration parse(String text) {
		String value = text.trim().toLowerCase();
		if (value.matches("\\d+")) {
			return Duration.ofSeconds(Long.parseLong(value));
		}
		Matcher m = PART.matcher(value);
		Duration total = Duration.ZERO;
		int end = 0;
		while (m.find() && m.start() == end) {
			long n = Long.parseLong(m.group(1));
			total = total.plus(switch (m.group(2)) {
				case "ms" -> Duration.ofMillis(n);
				case "s" -> Duration.ofSeconds(n);
				case "m" -> Duration.ofMinutes(n);
				default -> Duration.ofHours(n);
			});
			end = m.end();
		}
		if (end == 0 || end != value.length()) {
			throw new UsageException("'" + text + "' is not a duration", "write it like 500ms, 2s, 1m30s, 30m or 1h");
		}
		return total;
	}
}
