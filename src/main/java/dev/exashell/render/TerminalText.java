package dev.exashell.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;

/**
 * Text as a terminal shows it: widths in display columns (CJK and emoji take two, via JLine's
 * {@code WCWidth}), truncation that never splits a wide character, and escaping of control
 * characters so a title can neither break a row nor send escape sequences to the terminal.
 */
final class TerminalText {

	static final String ELLIPSIS = "…";

	/** Shown where a field is absent (null entity, null format, null time). */
	static final String ABSENT = "—";

	private TerminalText() {
	}

	/** Display columns {@code text} occupies; control characters must be escaped first. */
	static int width(String text) {
		return new AttributedString(text).columnLength();
	}

	/** {@code text} cut to at most {@code max} columns, ending in {@code …} when cut. */
	static String truncate(String text, int max) {
		if (width(text) <= max) {
			return text;
		}
		if (max <= 0) {
			return "";
		}
		return new AttributedString(text).columnSubSequence(0, max - 1).toString() + ELLIPSIS;
	}

	/** {@code text} cut to at most {@code max} columns from the start, keeping its end: {@code …wj40nzv0}. */
	static String keepEnd(String text, int max) {
		if (width(text) <= max) {
			return text;
		}
		if (max <= 0) {
			return "";
		}
		AttributedString whole = new AttributedString(text);
		int length = whole.columnLength();
		return ELLIPSIS + whole.columnSubSequence(length - (max - 1), length).toString();
	}

	/**
	 * {@code text} broken into lines of at most {@code max} columns, never inside a word: at a
	 * {@code " · "} if that is enough, else at spaces; a word wider than {@code max} gets a line
	 * of its own, whole.
	 */
	static List<String> wrap(String text, int max) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] parts = text.split("(?<= ·) ");
		for (String part : parts) {
			for (String unit : width(part) <= max ? List.of(part) : List.of(part.split(" "))) {
				if (!line.isEmpty() && width(line.toString()) + 1 + width(unit) > max) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(line.isEmpty() ? "" : " ").append(unit);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * Control characters made visible: tab, LF and CR as {@code \t}, {@code \n}, {@code \r}, any
	 * other (ESC, DEL, C1) as {@code \xHH}. Everything else, backslash included, is kept.
	 */
	static String safe(String text) {
		if (text == null) {
			return ABSENT;
		}
		int first = firstControl(text);
		if (first < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> {
					if (Character.isISOControl(c)) {
						out.append(hex(c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/**
	 * Where the first control character is, or -1. A plain loop: this runs for every field of every
	 * row, and a stream per field cost ~8 % of a script's warm calls while they are interpreted.
	 */
	private static int firstControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isISOControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A control character as {@code \xHH}. */
	static String hex(int c) {
		return String.format(Locale.ROOT, "\\x%02x", c);
	}

	/** {@code 1204} as {@code 1,204}, whatever the JVM's locale. */
	static String thousands(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

	/** {@code "1 page"}, {@code "3 pages"}, with thousands separators. */
	static String count(long n, String singular, String plural) {
		return thousands(n) + " " + (n == 1 ? singular : plural);
	}
}
