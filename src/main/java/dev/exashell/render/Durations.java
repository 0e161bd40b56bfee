package dev.exashell.render;

import java.time.Duration;
import java.util.Locale;

/**
 * An elapsed time in two units at most, floored, the second zero-padded: {@code 0s}, {@code 40s},
 * {@code 1m12s}, {@code 1m05s}, {@code 2h03m}, {@code 3d04h}. Negative durations show as {@code 0s}.
 */
public final class Durations {

	private Durations() {
	}

	public static String format(Duration duration) {
		long seconds = Math.max(0, duration.getSeconds());
		if (seconds < 60) {
			return seconds + "s";
		}
		if (seconds < 3_600) {
			return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
		}
		if (seconds < 86_400) {
			return String.format(Locale.ROOT, "%dh%02dm", seconds / 3_600, seconds % 3_600 / 60);
		}
		return String.format(Locale.ROOT, "%dd%02dh", seconds / 86_400, seconds % 86_400 / 3_600);
	}
}
