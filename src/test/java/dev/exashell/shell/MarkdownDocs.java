package dev.exashell.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The README and {@code docs/*.md} as {@code DocsTests} reads them: the lines inside code blocks
 * (fenced, or indented four spaces after a blank line), the inline code and links of the rest, and
 * the anchors a link may name (GitHub's heading ids, and {@code <a id="…">}).
 */
record MarkdownDocs(Path path, List<String> lines) {

	/** The repository, where Maven runs the tests. */
	static final Path ROOT = Path.of("").toAbsolutePath();

	private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
	private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");
	private static final Pattern HTML_ID = Pattern.compile("<a id=\"([^\"]+)\">");

	/** README.md, then every file in docs/ by name. */
	static List<MarkdownDocs> all() {
		List<MarkdownDocs> docs = new ArrayList<>(List.of(read(ROOT.resolve("README.md"))));
		try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
			files.filter(p -> p.toString().endsWith(".md")).sorted().map(MarkdownDocs::read).forEach(docs::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return docs;
	}

	static MarkdownDocs read(Path path) {
		try {
			return new MarkdownDocs(path, Files.readAllLines(path));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The file as the repository names it, e.g. {@code docs/usage.md}. */
	String name() {
		return ROOT.relativize(path).toString();
	}

	/** Lines inside code blocks, without their indentation. */
	List<String> codeLines() {
		return split(true, true);
	}

	/** Lines inside code blocks indented four spaces (not fenced), without their indentation. */
	List<String> indentedCodeLines() {
		return split(true, false);
	}

	/** Lines outside code blocks, with a table's escaped {@code \|} as {@code |}. */
	List<String> proseLines() {
		return split(false, false).stream().map(line -> line.replace("\\|", "|")).toList();
	}

	/** The text of every inline code span outside code blocks (a span may go on over a line break). */
	List<String> inlineCode() {
		List<String> spans = new ArrayList<>();
		Matcher code = INLINE_CODE.matcher(prose());
		while (code.find()) {
			spans.add(code.group(1).replace('\n', ' '));
		}
		return spans;
	}

	/** Every link target outside code, e.g. {@code usage.md#exit-codes}. */
	List<String> links() {
		List<String> targets = new ArrayList<>();
		Matcher link = LINK.matcher(INLINE_CODE.matcher(prose()).replaceAll(""));
		while (link.find()) {
			targets.add(link.group(2));
		}
		return targets;
	}

	private String prose() {
		return String.join("\n", proseLines());
	}

	/** The ids a {@code #fragment} may name: each heading's, as GitHub makes them, and explicit {@code <a id>}s. */
	Set<String> anchors() {
		Set<String> ids = new LinkedHashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		for (String line : proseLines()) {
			Matcher heading = HEADING.matcher(line);
			if (heading.matches()) {
				String slug = slug(heading.group(1));
				int count = seen.merge(slug, 1, Integer::sum);
				ids.add(count == 1 ? slug : slug + "-" + (count - 1));
			}
			Matcher id = HTML_ID.matcher(line);
			while (id.find()) {
				ids.add(id.group(1));
			}
		}
		return ids;
	}

	/** The fenced blocks that are {@code .exa} scripts (their first line {@code #!/usr/bin/env exa-shell}). */
	List<List<String>> scriptBlocks() {
		return fencedBlocks().stream().map(Fenced::lines)
			.filter(block -> !block.isEmpty() && block.get(0).equals("#!/usr/bin/env exa-shell")).toList();
	}

	/** A fenced code block: its info string ({@code java} after the fence), its first line's number in the file, its lines. */
	record Fenced(String info, int firstLine, List<String> lines) {
	}

	/** Every fenced code block, in order. */
	List<Fenced> fencedBlocks() {
		List<Fenced> blocks = new ArrayList<>();
		String info = null;
		int first = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).startsWith("```")) {
				continue;
			}
			if (info == null) {
				info = lines.get(i).substring(3).strip();
				first = i + 2;
			}
			else {
				blocks.add(new Fenced(info, first, lines.subList(first - 1, i)));
				info = null;
			}
		}
		return blocks;
	}

	/** Only the {@code ## heading} section, up to the next heading of its level or above; other lines blank, numbers kept. */
	MarkdownDocs section(String heading) {
		return keep(true, heading);
	}

	/** All but the {@code ## heading} section (blank in its place). */
	MarkdownDocs without(String heading) {
		return keep(false, heading);
	}

	private MarkdownDocs keep(boolean inside, String heading) {
		List<String> kept = new ArrayList<>();
		boolean fenced = false;
		boolean in = false;
		for (String line : lines) {
			fenced ^= line.startsWith("```");
			if (!fenced && line.matches("#{1,2} .*")) {
				in = line.equals("## " + heading);
			}
			kept.add(in == inside ? line : "");
		}
		return new MarkdownDocs(path, kept);
	}

	/** GitHub's heading id: lower case, only letters, digits, blanks, {@code -} and {@code _} kept, blanks as {@code -}. */
	static String slug(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
	}

	private List<String> split(boolean code, boolean withFenced) {
		List<String> picked = new ArrayList<>();
		boolean fenced = false;
		boolean indented = false;
		String previous = "";
		for (String line : lines) {
			if (line.startsWith("```")) {
				fenced = !fenced;
				previous = line;
				continue;
			}
			indented = !fenced && line.startsWith("    ") && (indented || previous.isBlank());
			if (code ? indented || fenced && withFenced : !fenced && !indented) {
				picked.add(code ? line.strip() : line);
			}
			previous = line;
		}
		return picked;
	}
}
