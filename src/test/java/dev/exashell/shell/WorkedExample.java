package dev.exashell.shell;

import dev.exashell.shell.MarkdownDocs.Fenced;
import dev.exashell.shell.MemoryCompiler.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worked example of docs/architecture.md, as its section shows it: the {@code ```java} blocks
 * (each a whole source file), the expression its prose registers the command with
 * ({@code `new CountCommand(context.api(), context.io())`}) and the session shown at the prompt
 * ({@code exa> count} and what it prints).
 *
 * @param packageName the package the files declare
 * @param registration the code span of the prose that constructs the command from {@code context}
 */
record WorkedExample(List<Source> files, String packageName, Source registration, List<Step> session) {

	static final String DOC = "docs/architecture.md";
	static final String HEADING = "Adding a command";

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
	private static final Pattern TYPE = Pattern.compile("^(?:public )?(?:final )?(?:class|record|interface|enum) (\\w+)",
			Pattern.MULTILINE);
	private static final Pattern CONSTRUCTION = Pattern.compile("new \\w+\\(context\\..*\\)");

	/** A line typed at the prompt and what it prints: on stdout, and on stderr ({@code error:}, {@code hint:}, {@code warning:}). */
	record Step(String line, String out, String err) {
	}

	static WorkedExample read() {
		MarkdownDocs section = MarkdownDocs.read(MarkdownDocs.ROOT.resolve(DOC)).section(HEADING);
		List<Source> files = new ArrayList<>();
		List<Step> session = new ArrayList<>();
		for (Fenced block : section.fencedBlocks()) {
			String text = String.join("\n", block.lines()) + "\n";
			if (block.info().equals("java")) {
				Matcher type = TYPE.matcher(text);
				files.add(new Source(type.find() ? type.group(1) : "Unnamed" + files.size(), text, DOC, block.firstLine()));
			}
			else if (!block.lines().isEmpty() && block.lines().get(0).startsWith("exa> ")) {
				session.addAll(steps(block.lines()));
			}
		}
		if (files.isEmpty() || session.isEmpty()) {
			throw new AssertionError(DOC + ", " + HEADING + ": no ```java block or no session at the prompt (exa> …) shown");
		}
		Matcher declared = PACKAGE.matcher(files.get(0).text());
		if (!declared.find()) {
			throw new AssertionError(DOC + ": " + files.get(0).typeName() + " declares no package");
		}
		List<String> constructions = section.inlineCode().stream().filter(CONSTRUCTION.asMatchPredicate()).toList();
		if (constructions.size() != 1) {
			throw new AssertionError(DOC + ", " + HEADING + ": one `new …(context…)` registering the command expected, found "
					+ constructions);
		}
		return new WorkedExample(files, declared.group(1), registration(declared.group(1), constructions.get(0), section),
				session);
	}

	/** A class that makes the command as the prose says, from the {@code CommandContext} the shell builds commands from. */
	private static Source registration(String packageName, String construction, MarkdownDocs section) {
		int line = 0;
		while (line < section.lines().size() && !section.lines().get(line).contains(construction)) {
			line++;
		}
		String text = "package " + packageName + "; public final class DocRegistration implements "
				+ "java.util.function.Function<dev.exashell.session.CommandContext, dev.exashell.cli.ShellCommand> { "
				+ "public dev.exashell.cli.ShellCommand apply(dev.exashell.session.CommandContext context) { return "
				+ construction + "; } }";
		return new Source("DocRegistration", text, DOC, line + 1);
	}

	private static List<Step> steps(List<String> lines) {
		List<Step> steps = new ArrayList<>();
		String typed = null;
		StringBuilder out = new StringBuilder();
		StringBuilder err = new StringBuilder();
		for (String line : lines) {
			if (line.startsWith("exa> ")) {
				if (typed != null) {
					steps.add(new Step(typed, out.toString(), err.toString()));
				}
				typed = line.substring("exa> ".length());
				out.setLength(0);
				err.setLength(0);
			}
			else {
				(line.matches("(error|hint|warning): .*") ? err : out).append(line).append('\n');
			}
		}
		steps.add(new Step(typed, out.toString(), err.toString()));
		return steps;
	}
}
