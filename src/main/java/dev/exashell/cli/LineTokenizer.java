package dev.exashell.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one command line into words the way a POSIX shell would, for the prompt, for script
 * lines and for {@code script}: whitespace separates words; 'single quotes' keep everything
 * literally; "double quotes" keep spaces and honour backslash escapes; a backslash outside quotes
 * escapes the next character; a {@code #} at the start of a word begins a comment.
 */
public final class LineTokenizer {

	/** Characters that mean nothing special to {@link #tokenize} or a POSIX shell, anywhere in a word. */
	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

	private LineTokenizer() {
	}

	public static List<String> tokenize(String line) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
				i++;
			}
			else if (c == '#' && !inWord) {
				break;
			}
			else if (c == '\'') {
				int end = line.indexOf('\'', i + 1);
				if (end < 0) {
					throw unterminated("single");
				}
				word.append(line, i + 1, end);
				inWord = true;
				i = end + 1;
			}
			else if (c == '"') {
				i = readDoubleQuoted(line, i + 1, word);
				inWord = true;
			}
			else if (c == '\\') {
				if (i + 1 >= line.length()) {
					throw new UsageException("line ends with a lone backslash", "remove it or escape it as \\\\");
				}
				word.append(line.charAt(i + 1));
				inWord = true;
				i += 2;
			}
			else {
				word.append(c);
				inWord = true;
				i++;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return words;
	}

	/**
	 * {@code word} as one word for {@link #tokenize} and for a POSIX shell alike: as it is when it
	 * holds only characters neither gives a meaning to, else in single quotes ({@code '} as {@code '\''}).
	 */
	public static String quote(String word) {
		if (SAFE.matcher(word).matches()) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	/** Reads up to the closing quote; returns the index after it. */
	private static int readDoubleQuoted(String line, int start, StringBuilder word) {
		int i = start;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '"') {
				return i + 1;
			}
			if (c == '\\' && i + 1 < line.length()) {
				char next = line.charAt(i + 1);
				if (next == '"' || next == '\\' || next == '$' || next == '`') {
					word.append(next);
				}
				else {
					word.append(c).append(next);
				}
				i += 2;
				continue;
			}
			word.append(c);
			i++;
		}
		throw unterminated("double");
	}

	private static UsageException unterminated(String kind) {
		return new UsageException("unterminated " + kind + " quote", "close the quote, or escape it with a backslash");
	}
}
