package dev.exashell.render;

/**
 * The line under a terminal list (written to stderr): how many rows were shown and whether
 * {@code next} has more.
 *
 * <pre>
 * 25 shown · more: next
 * 25 shown · end of list
 * scanned 3 pages · 512 imports · 25 matched · more: next      (a filter: the scan replaces "shown")
 * </pre>
 */
public final class Footer {

	private Footer() {
	}

	public static String text(long shown, boolean hasMore) {
		return TerminalText.thousands(shown) + " shown" + tail(hasMore);
	}

	/** With a filter's {@code scan}, the scan summary stands in for the count; {@code scan} may be null. */
	public static String text(long shown, boolean hasMore, ScanSummary scan) {
		return scan == null ? text(shown, hasMore) : scan.text() + tail(hasMore);
	}

	private static String tail(boolean hasMore) {
		return hasMore ? " · more: next" : " · end of list";
	}
}
