package dev.exashell.render;

import dev.exashell.api.ImportStatus;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * How a status looks on a terminal: a glyph, the status word, and a colour.
 *
 * <pre>
 * ✓ completed    green
 * ✗ failed       red
 * ● processing   yellow
 * ○ pending      faint
 * ? canceled     plain: any status this client does not know is shown verbatim
 * ? —            plain: no status at all
 * </pre>
 */
public final class StatusStyle {

	private StatusStyle() {
	}

	public static String glyph(ImportStatus status) {
		return switch (value(status)) {
			case "completed" -> "✓";
			case "failed" -> "✗";
			case "processing" -> "●";
			case "pending" -> "○";
			default -> "?";
		};
	}

	public static AttributedStyle style(ImportStatus status) {
		return switch (value(status)) {
			case "completed" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
			case "failed" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
			case "processing" -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
			case "pending" -> AttributedStyle.DEFAULT.faint();
			default -> AttributedStyle.DEFAULT;
		};
	}

	/** Glyph and word without colour, e.g. {@code ✓ completed}; the word is escaped for a terminal. */
	public static String label(ImportStatus status) {
		return glyph(status) + " " + TerminalText.safe(status == null ? null : status.value());
	}

	/** {@link #label} wrapped in ANSI colour when {@code color} is on. */
	public static String render(ImportStatus status, boolean color) {
		return color ? new AttributedString(label(status), style(status)).toAnsi() : label(status);
	}

	private static String value(ImportStatus status) {
		return status == null ? "" : status.value();
	}
}
