package dev.exashell.cli;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people type them: {@code 500ms}, {@code 2s}, {@code 1m30s}, {@code 30m}, {@code 1h},
 * {@code 90} (seconds), at most {@link #MAX} (168h, 7 days): anything longer is a usage error that
 * says so, however many digits it has.
 */
public final class DurationParser {

	/** The longest duration any option takes. */
	public static final Duration MAX = Duration.ofDays(7);

	private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

	private static final BigInteger MAX_MILLIS = BigInteger.valueOf(MAX.toMillis());

	private DurationParser() {
	}

	public static Duration parse(String text) {
		return parse(null, text);
	}

	/** As {@link #parse(String)}; {@code option} (e.g. {@code --timeout}) names what was too long. */
	public static Duration parse(String option, String text) {
		String value = InvocationBinder.stripBlanks(text).toLowerCase(Locale.ROOT);
		BigInteger millis = value.matches("\\d+") ? new BigInteger(value).multiply(BigInteger.valueOf(1000))
				: sumOfParts(value);
		if (millis == null) {
			throw new UsageException("'" + InvocationBinder.shown(text) + "' is not a duration",
					"write it like 500ms, 2s, 1m30s, 30m or 1h");
		}
		if (millis.compareTo(MAX_MILLIS) > 0) {
			throw new UsageException((option == null ? "the duration" : option) + " is too long: at most 168h (7 days), got '"
					+ InvocationBinder.shown(text) + "'", "durations go up to 168h, e.g. 90s, 30m or 2h");
		}
		return Duration.ofMillis(millis.longValueExact());
	}

	/** The milliseconds of {@code 1h30m}-style text, or null when it is not that. */
	private static BigInteger sumOfParts(String value) {
		Matcher m = PART.matcher(value);
		BigInteger total = BigInteger.ZERO;
		int end = 0;
		while (m.find() && m.start() == end) {
			long unit = switch (m.group(2)) {
				case "ms" -> 1;
				case "s" -> 1_000;
				case "m" -> 60_000;
				default -> 3_600_000;
			};
			total = total.add(new BigInteger(m.group(1)).multiply(BigInteger.valueOf(unit)));
			end = m.end();
		}
		return end == 0 || end != value.length() ? null : total;
	}
}
