package dev.exashell.completion;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.GlobalOption;
import java.util.List;

/** The fish completion script: the same knowledge as {@link BashCompletion}, in fish's own terms. */
final class FishCompletion {

	private static final String PROFILES = "(exa-shell profile list 2>/dev/null | string split -f1 \\t)";

	/** Files are offered for a positional argument only, not for an option's value. */
	private static final String AFTER_NO_OPTION = "; and not string match -qr -- \"^-\" (commandline -opc)[-1]";

	private FishCompletion() {
	}

	static String script(List<CommandSpec> specs) {
		StringBuilder out = new StringBuilder();
		out.append("# exa-shell completion for fish (exa-shell completion fish). Install:\n")
			.append("#   exa-shell completion fish > ~/.config/fish/completions/exa-shell.fish\n")
			.append("complete -c exa-shell -f\n");
		String commands = String.join(" ", BashCompletion.commandNames(specs));
		String before = "not __fish_seen_subcommand_from " + commands;
		for (GlobalOption option : GlobalOption.ALL) {
			out.append("complete -c exa-shell -n '").append(before).append("'").append(names(option.longName(), option.shortName()));
			switch (option.value()) {
				case NONE -> { }
				case TEXT -> out.append(" -x");
				case WORDS -> out.append(" -x -a '").append(String.join(" ", option.values())).append("'");
				case FILE -> out.append(" -r -F");
				case PROFILE -> out.append(" -x -a '").append(PROFILES).append("'");
			}
			out.append(" -d ").append(quote(option.description())).append('\n');
		}
		out.append("complete -c exa-shell -n '").append(before).append("' -k -a '(__fish_complete_suffix .exa)'\n");
		for (CommandSpec spec : specs) {
			for (String name : BashCompletion.names(spec)) {
				out.append("complete -c exa-shell -n '").append(before).append("' -a ").append(name).append(" -d ")
					.append(quote(spec.summary())).append('\n');
			}
		}
		for (CommandSpec spec : specs) {
			String in = "__fish_seen_subcommand_from " + String.join(" ", BashCompletion.names(spec));
			for (OptionSpec option : spec.options()) {
				out.append("complete -c exa-shell -n '").append(in).append("'").append(names(option.longName(), option.shortName()));
				if (option.type() != ValueType.FLAG) {
					out.append(" -x");
					if (!option.values().isEmpty()) {
						out.append(" -a '").append(String.join(" ", option.values())).append("'");
					}
				}
				out.append(" -d ").append(quote(option.description())).append('\n');
			}
			ArgumentKind first = spec.maxArgs() > 0 ? spec.argumentKind(0) : ArgumentKind.NONE;
			switch (first.kind()) {
				case WORDS -> out.append("complete -c exa-shell -n '").append(in).append("' -a '")
					.append(String.join(" ", first.words())).append("'\n");
				case FILE -> out.append("complete -c exa-shell -n '").append(in).append(AFTER_NO_OPTION).append("' -F\n");
				default -> { }
			}
			if (spec.maxArgs() > 1 && spec.argumentKind(1).kind() == ArgumentKind.Kind.PROFILE) {
				out.append("complete -c exa-shell -n '").append(in).append("; and __fish_seen_subcommand_from ")
					.append(String.join(" ", first.words())).append("' -a '").append(PROFILES).append("'\n");
			}
		}
		return out.toString();
	}

	private static String names(String longName, Character shortName) {
		return " -l " + longName + (shortName == null ? "" : " -s " + shortName);
	}

	private static String quote(String text) {
		return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
	}
}
