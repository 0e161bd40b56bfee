package dev.exashell.cli.builtin;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** {@code help} lists the commands and exit codes; {@code help <command>} shows usage, options and examples. */
final class HelpCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("help", "list the commands, or explain one")
		.arguments("[command]", 0, 1)
		.example("help")
		.example("help list");

	/** The exit codes, laid out as many to a line as fit. */
	static final List<String> EXIT_CODES = List.of("0 success (an empty result too)", "1 API or network error",
			"2 usage error", "3 not found", "4 authentication or permission", "5 a watched import failed",
			"6 a watch timed out", "130 interrupted", "141 the output pipe was closed (| head)");

	/** Details are reflowed; a blank line, or a line that starts with a label ({@code bash: …}), starts a new paragraph. */
	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\n(?=[a-z]+:\\s)");

	/** Help is laid out for this many columns when stdout is not a terminal. */
	static final int PIPED_WIDTH = 80;

	private final Supplier<CommandCatalog> catalog;
	private final IoSource io;

	HelpCommand(Supplier<CommandCatalog> catalog, IoSource io) {
		this.catalog = catalog;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		Io current = io.io();
		HelpLayout layout = new HelpLayout(current.tty() && current.width() > 0 ? current.width() : PIPED_WIDTH);
		List<String> lines = new ArrayList<>();
		if (invocation.args().isEmpty()) {
			lines.add("commands:");
			for (ShellCommand command : catalog.get().commands()) {
				lines.addAll(layout.definition("  " + command.spec().name(), 11, command.spec().summary()));
			}
			lines.add("");
			lines.add("exit codes (one-shot and script mode):");
			lines.addAll(layout.units(EXIT_CODES, "   ", "  ", "  "));
			lines.addAll(layout.paragraph("help <command> shows its options and examples.", "", ""));
		}
		else {
			String name = invocation.args().get(0);
			ShellCommand command = catalog.get().find(name).orElseThrow(() -> new UsageException(
					"no command named '" + name + "'", catalog.get().nearest(name).map(n -> "did you mean '" + n + "'?")
						.orElse("help lists them all")));
			describe(command.spec(), layout, lines);
		}
		lines.forEach(current.out()::println);
		return ExitCodes.OK;
	}

	private static void describe(CommandSpec spec, HelpLayout layout, List<String> lines) {
		lines.addAll(layout.paragraph(spec.summary(), spec.name() + ": ", "  "));
		lines.add("");
		lines.addAll(layout.units(spec.usageParts(), " ", "usage: ", " ".repeat("usage: ".length() + spec.name().length() + 1)));
		if (!spec.aliases().isEmpty()) {
			lines.addAll(layout.paragraph(String.join(", ", spec.aliases()), "aliases: ", "         "));
		}
		if (!spec.details().isEmpty()) {
			lines.add("");
			for (String paragraph : PARAGRAPH_BREAK.split(spec.details().strip())) {
				lines.addAll(layout.paragraph(paragraph, "", paragraph.matches("(?s)[a-z]+:\\s.*") ? "      " : ""));
			}
		}
		if (!spec.options().isEmpty()) {
			lines.add("");
			lines.add("options:");
			for (OptionSpec option : spec.options()) {
				lines.addAll(layout.definition("  " + option.display(), 27, option.description()));
			}
		}
		if (!spec.examples().isEmpty()) {
			lines.add("");
			lines.add("examples:");
			spec.examples().forEach(example -> lines.addAll(layout.paragraph(example, "  ", "      ")));
		}
		if (!spec.shellExamples().isEmpty()) {
			lines.add("");
			lines.add("from your shell:");
			spec.shellExamples().forEach(example -> lines.addAll(layout.paragraph("$ exa-shell " + example, "  ", "      ")));
		}
	}
}
