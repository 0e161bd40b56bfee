package dev.exashell.cli;

import java.util.regex.Pattern;

/**
 * Writes a word so that {@link LineTokenizer} reads it back unchanged, for commands shown in hints:
 * a word of plain characters stays as it is; anything else goes in 'single quotes', a quote inside
 * written {@code '\''}.
 */
public final class ShellQuoting {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:@%+=,-][A-Za-z0-9_./:@%+=,#-]*");

	private ShellQuoting() {
	}

	public static String quote(String word) {
		if (PLAIN.matcher(word).matches()) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}
}
