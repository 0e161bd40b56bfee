package dev.exashell.cli.builtin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * Help text fitted to a width: lines break only between units (words, or groups such as
 * {@code [--metadata KEY=VALUE]} that should stay together), never inside a word. A unit wider
 * than a whole line is broken into its words; a single word wider than a line stands alone on
 * its own line, whole.
 */
final class HelpLayout {

	private final int width;

	HelpLayout(int width) {
		this.width = width;
	}

	/** The words of {@code text}, reflowed: hard line breaks inside the text become spaces. */
	List<String> paragraph(String text, String firstIndent, String restIndent) {
		return units(words(text), " ", firstIndent, restIndent);
	}

	/**
	 * {@code units} laid out in order, {@code separator} between two on one line; the first line
	 * starts with {@code firstIndent}, the others with {@code restIndent}.
	 */
	List<String> units(List<String> units, String separator, String firstIndent, String restIndent) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder(firstIndent);
		boolean empty = true;
		for (String unit : units) {
			int room = width - columns(restIndent);
			if (columns(unit) > room && unit.contains(" ")) {
				for (String word : words(unit)) {
					empty = place(lines, line, empty, word, " ", restIndent);
				}
				continue;
			}
			empty = place(lines, line, empty, unit, separator, restIndent);
		}
		lines.add(line.toString());
		return lines;
	}

	/** Appends {@code unit} to {@code line}, starting a new line first when it would not fit; returns false. */
	private boolean place(List<String> lines, StringBuilder line, boolean empty, String unit, String separator,
			String restIndent) {
		if (!empty && columns(line) + columns(separator) + columns(unit) > width) {
			lines.add(line.toString());
			line.setLength(0);
			line.append(restIndent);
			empty = true;
		}
		line.append(empty ? "" : separator).append(unit);
		return false;
	}

	/** A term and its description in two columns; the description starts below the term when there is no room beside it. */
	List<String> definition(String term, int termWidth, String description) {
		String indent = " ".repeat(termWidth);
		if (width - termWidth < 20) {
			List<String> lines = new ArrayList<>(List.of(term.stripTrailing()));
			lines.addAll(paragraph(description, "      ", "      "));
			return lines;
		}
		String first = columns(term) <= termWidth - 1 ? pad(term, termWidth) : term + " ";
		return paragraph(description, first, indent);
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - columns(text)));
	}

	private static List<String> words(String text) {
		String trimmed = text.strip();
		return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
	}

	static int columns(CharSequence text) {
		return new AttributedString(text).columnLength();
	}
}
