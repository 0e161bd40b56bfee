package dev.exashell.render;

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
	 * Control characters made visible: tab, LF and CR as {@code \t}, {@code \n}, {@code \r}, any
	 * other (ESC, DEL, C1) as {@code \xHH}. Everything else, backslash included, is kept.
	 */
	static String safe(String text) {
		if (text == null) {
			return ABSENT;
		}
		if (text.chars().noneMatch(Character::isISOControl)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		text.chars().forEach((c) -> {
			switch (c) {
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> {
					if (Character.isISOControl(c)) {
						out.append(String.format(Locale.ROOT, "\\x%02x", c));
					}
					else {
						out.append((char) c);
					}
				}
			}
		});
		return out.toString();
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
