package dev.exashell.shell;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.LineTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands as the docs show them: {@code exa-shell …} in a line of the system shell (its words after
 * the program, up to a redirection), lines typed at the prompt, and the commands a table lists.
 * A synopsis ({@code exa-shell [global options] COMMAND}, {@code watch <id|row>...}) is not a
 * command line, and {@code …} stands for words left out.
 */
final class ShellLines {

	private static final Set<String> SEPARATORS = Set.of("|", "||", "&&", ";");
	private static final Pattern FIRST_CELL = Pattern.compile("^\\| *(.+?) *(?<!\\\\)\\|");
	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private ShellLines() {
	}

	/**
	 * The words after {@code exa-shell} (or {@code scripts/exa-shell}, {@code ~/bin/exa-shell}) in each of
	 * the line's commands, and in a message that quotes one after a colon ({@code hint: resume with: exa-shell …}).
	 */
	static List<List<String>> exaShellInvocations(String line) {
		List<List<String>> found = new ArrayList<>();
		if (!line.matches("(?s).*(^|[\\s/$])exa-shell( .*|$)") || line.startsWith("#!")) {
			return found;
		}
		List<String> segment = new ArrayList<>();
		List<String> words = new ArrayList<>(words(line));
		words.add("|");
		for (String word : words) {
			if (!SEPARATORS.contains(word)) {
				segment.add(word);
				continue;
			}
			while (!segment.isEmpty() && (segment.get(0).equals("$") || segment.get(0).matches("[A-Z_]+=.*"))) {
				segment.remove(0);
			}
			int quoted = segment.indexOf("exa-shell");
			if (quoted > 0 && segment.get(quoted - 1).endsWith(":")) {
				segment = new ArrayList<>(segment.subList(quoted, segment.size()));
			}
			if (!segment.isEmpty() && segment.get(0).matches("(.*/)?exa-shell") && !isSynopsis(segment)
					&& !isVersionLine(segment)) {
				found.add(upToRedirection(segment.subList(1, segment.size())));
			}
			segment.clear();
		}
		return found;
	}

	/**
	 * Lines typed at the prompt: in any code block after {@code exa> }, and in indented blocks the
	 * lines that start with a command's name (not a synopsis such as {@code watch <id|row>...}, nor
	 * output in columns such as {@code profile      default}).
	 */
	static List<String> promptLines(MarkdownDocs doc, CommandCatalog catalog) {
		List<String> lines = new ArrayList<>();
		List<String> indented = doc.indentedCodeLines();
		for (String line : doc.codeLines()) {
			if (line.startsWith("exa> ")) {
				lines.add(line);
			}
			else if (indented.contains(line) && catalog.find(line.split(" ")[0]).isPresent()
					&& !isSynopsis(words(line)) && !line.contains("  ")) {
				lines.add(line);
			}
		}
		return lines;
	}

	/**
	 * A line's words, without {@code exa> }; {@code …} after an option is its value, elsewhere it
	 * stands for words left out and is dropped.
	 */
	static List<String> words(String line) {
		String typed = line.startsWith("exa> ") ? line.substring("exa> ".length()) : line;
		List<String> words = new ArrayList<>();
		String previous = "";
		for (String word : LineTokenizer.tokenize(typed)) {
			if (!word.equals("…") || previous.startsWith("-")) {
				words.add(word);
			}
			previous = word;
		}
		return words;
	}

	/** The first word of each code span in the first column of the table under the heading {@code heading}. */
	static Set<String> tableCommands(MarkdownDocs doc, String heading) {
		Set<String> names = new TreeSet<>();
		boolean inSection = false;
		for (String line : doc.lines()) {
			if (line.startsWith("#")) {
				inSection = line.replaceFirst("^#+ ", "").equals(heading);
			}
			Matcher cell = FIRST_CELL.matcher(line);
			if (inSection && cell.find() && !cell.group(1).startsWith("-")) {
				Matcher code = CODE.matcher(cell.group(1));
				while (code.find()) {
					if (code.group(1).startsWith("<")) {
						continue;
					}
					names.add(code.group(1).split(" ")[0].replace("(", "").replace(")", ""));
				}
			}
		}
		return names;
	}

	/** {@code exa-shell 0.1.0 …}: what {@code --version} and the banner print. */
	private static boolean isVersionLine(List<String> words) {
		return words.size() > 1 && words.get(1).matches("\\d+(\\.\\d+)+");
	}

	private static boolean isSynopsis(List<String> words) {
		return words.stream().anyMatch(word -> word.startsWith("[") || word.startsWith("<") || word.equals("COMMAND"));
	}

	private static List<String> upToRedirection(List<String> words) {
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			if (word.startsWith(">") || word.startsWith("<") || word.matches("\\d>.*")) {
				break;
			}
			kept.add(word);
		}
		return kept;
	}
}
