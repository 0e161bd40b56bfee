package dev.exashell.render;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/** Field encodings for piped output: TSV escaping, RFC 4180 CSV quoting, ISO-8601 times. */
final class MachineText {

	static final String CSV_LINE_END = "\r\n";

	private static final long FIRST_SECOND_OF_YEAR_0 = -62_167_219_200L;

	private static final long LAST_SECOND_OF_YEAR_9999 = 253_402_300_799L;

	private MachineText() {
	}

	/**
	 * {@code Instant.toString()} (ISO-8601, UTC, {@code Z}, fraction digits in groups of three);
	 * empty for null. Years 0 to 9999 are written here: {@code toString} goes through a
	 * {@code DateTimeFormatter}, a few percent of every warm call of a script that lists (one
	 * time a row) while that code is still interpreted, and ~30 JIT compilations.
	 */
	static String iso(Instant instant) {
		if (instant == null) {
			return "";
		}
		long seconds = instant.getEpochSecond();
		if (seconds < FIRST_SECOND_OF_YEAR_0 || seconds > LAST_SECOND_OF_YEAR_9999) {
			return instant.toString();
		}
		LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
		StringBuilder text = new StringBuilder(30);
		digits(text, utc.getYear(), 4).append('-');
		digits(text, utc.getMonthValue(), 2).append('-');
		digits(text, utc.getDayOfMonth(), 2).append('T');
		digits(text, utc.getHour(), 2).append(':');
		digits(text, utc.getMinute(), 2).append(':');
		digits(text, utc.getSecond(), 2);
		int nanos = instant.getNano();
		if (nanos > 0) {
			text.append('.');
			if (nanos % 1_000_000 == 0) {
				digits(text, nanos / 1_000_000, 3);
			}
			else if (nanos % 1_000 == 0) {
				digits(text, nanos / 1_000, 6);
			}
			else {
				digits(text, nanos, 9);
			}
		}
		return text.append('Z').toString();
	}

	/** {@code value} (not negative) with leading zeros to {@code width} digits. */
	private static StringBuilder digits(StringBuilder text, int value, int width) {
		String number = Integer.toString(value);
		for (int i = number.length(); i < width; i++) {
			text.append('0');
		}
		return text.append(number);
	}

	/**
	 * One TSV field, so one record stays one line and no control character reaches a terminal:
	 * backslash, tab, LF and CR become {@code \\}, {@code \t}, {@code \n}, {@code \r} (the
	 * PostgreSQL {@code COPY} text convention, so it is reversible), any other control character
	 * (ESC, BEL, DEL, C1) {@code \xHH}; null becomes the empty string.
	 */
	static String tsv(String value) {
		if (value == null) {
			return "";
		}
		// backslashes doubled first, so the escapes TerminalText.safe then adds stay single
		return TerminalText.safe(value.indexOf('\\') < 0 ? value : value.replace("\\", "\\\\"));
	}

	static String tsvLine(List<String> rawFields) {
		StringBuilder line = new StringBuilder(160);
		for (int i = 0; i < rawFields.size(); i++) {
			line.append(i == 0 ? "" : "\t").append(tsv(rawFields.get(i)));
		}
		return line.append('\n').toString();
	}

	/**
	 * One CSV field (RFC 4180): quoted, quotes doubled, when it holds a comma, quote, CR or LF;
	 * control characters other than tab, CR and LF (ESC, BEL, DEL, C1) become {@code \xHH}, as
	 * on a terminal.
	 */
	static String csv(String value) {
		if (value == null) {
			return "";
		}
		String visible = value.chars().anyMatch(MachineText::hidden) ? escapeHidden(value) : value;
		if (visible.chars().noneMatch((c) -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
			return visible;
		}
		return '"' + visible.replace("\"", "\"\"") + '"';
	}

	private static boolean hidden(int c) {
		return Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n';
	}

	private static String escapeHidden(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		value.chars().forEach(c -> out.append(hidden(c) ? TerminalText.hex(c) : String.valueOf((char) c)));
		return out.toString();
	}

	static String csvLine(List<String> rawFields) {
		return rawFields.stream().map(MachineText::csv).collect(Collectors.joining(",")) + CSV_LINE_END;
	}
}
