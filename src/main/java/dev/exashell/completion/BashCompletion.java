package dev.exashell.completion;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.GlobalOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bash completion script, written from the commands' specs: commands and aliases, global and
 * per-command options, option values (statuses after a comma too), files for {@code create},
 * {@code script} and scripts in place of a command, and saved profile names (asked of
 * {@code exa-shell profile list}, which reads only the config file, under a 2 s limit). Import ids
 * are not completed: that would need the API on every Tab. zsh runs the same script through
 * {@code bashcompinit}.
 */
final class BashCompletion {

	/** How many positional arguments get their own completion rule; later ones repeat the last. */
	private static final int POSITIONS = 4;

	private BashCompletion() {
	}

	static String script(List<CommandSpec> specs) {
		StringBuilder out = new StringBuilder();
		out.append("# exa-shell completion for bash (exa-shell completion bash). Install:\n")
			.append("#   exa-shell completion bash > ~/.local/share/bash-completion/completions/exa-shell\n")
			.append("# or add to ~/.bashrc:  source <(exa-shell completion bash)\n")
			.append("_exa_shell_profiles() {\n")
			.append("  if command -v timeout >/dev/null 2>&1; then timeout 2 \"$1\" profile list 2>/dev/null | cut -f1; fi\n")
			.append("}\n")
			.append("_exa_shell_values() {  # WORDS CUR: WORDS after the last comma of CUR\n")
			.append("  local head=\"\" cur=$2 word\n")
			.append("  if [[ $cur == *,* ]]; then head=${cur%,*},; cur=${cur##*,}; fi\n")
			.append("  COMPREPLY=()\n")
			.append("  for word in $(compgen -W \"$1\" -- \"$cur\"); do COMPREPLY+=(\"$head$word\"); done\n")
			.append("}\n")
			.append("_exa_shell() {\n")
			.append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} i=1 cmd=\"\" word\n")
			.append("  if [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi\n")
			.append("  while [ \"$i\" -lt \"$COMP_CWORD\" ]; do\n")
			.append("    word=${COMP_WORDS[i]}\n")
			.append("    case $word in\n")
			.append("      ").append(String.join("|", globalNamesTakingValues())).append(") i=$((i + 2)) ;;\n")
			.append("      -*) i=$((i + 1)) ;;\n")
			.append("      *) cmd=$word; break ;;\n")
			.append("    esac\n")
			.append("  done\n")
			.append("  if [ -z \"$cmd\" ]; then\n")
			.append("    case $prev in\n");
		for (GlobalOption option : GlobalOption.ALL) {
			String values = switch (option.value()) {
				case WORDS -> "COMPREPLY=($(compgen -W \"" + String.join(" ", option.values()) + "\" -- \"$cur\"))";
				case FILE -> "COMPREPLY=($(compgen -f -- \"$cur\"))";
				case PROFILE -> "COMPREPLY=($(compgen -W \"$(_exa_shell_profiles \"${COMP_WORDS[0]}\")\" -- \"$cur\"))";
				case TEXT -> "COMPREPLY=()";
				case NONE -> null;
			};
			if (values != null) {
				out.append("      ").append(String.join("|", option.names())).append(") ").append(values).append("; return ;;\n");
			}
		}
		out.append("    esac\n")
			.append("    if [[ $cur == -* ]]; then\n")
			.append("      COMPREPLY=($(compgen -W \"").append(String.join(" ", globalNames())).append("\" -- \"$cur\"))\n")
			.append("    else\n")
			.append("      COMPREPLY=($(compgen -W \"").append(String.join(" ", commandNames(specs))).append("\" -- \"$cur\")")
			.append(" $(compgen -f -X '!*.exa' -- \"$cur\") $(compgen -d -- \"$cur\"))\n")
			.append("    fi\n")
			.append("    return\n")
			.append("  fi\n")
			.append("  local opts=\"\" valued=\" \" position=0\n")
			.append("  case $cmd in\n");
		for (CommandSpec spec : specs) {
			out.append("    ").append(String.join("|", names(spec))).append(") opts=\"")
				.append(String.join(" ", optionNames(spec, false))).append("\"; valued=\" ")
				.append(String.join(" ", optionNames(spec, true))).append(" \" ;;\n");
		}
		out.append("    *) return ;;\n")
			.append("  esac\n")
			.append("  for ((i = i + 1; i < COMP_CWORD; i++)); do\n")
			.append("    word=${COMP_WORDS[i]}\n")
			.append("    if [[ $valued == *\" $word \"* ]]; then i=$((i + 1))\n")
			.append("    elif [[ $word != -* && $word != = ]]; then position=$((position + 1)); fi\n")
			.append("  done\n")
			.append("  case $cmd:$prev in\n");
		for (CommandSpec spec : specs) {
			for (OptionSpec option : spec.options()) {
				if (option.type() != ValueType.FLAG) {
					List<String> labels = new ArrayList<>();
					optionNames(option).forEach(name -> names(spec).forEach(command -> labels.add(command + ":" + name)));
					String action = option.values().isEmpty() ? "COMPREPLY=()"
							: "_exa_shell_values \"" + String.join(" ", option.values()) + "\" \"$cur\"";
					out.append("    ").append(String.join("|", labels)).append(") ").append(action).append("; return ;;\n");
				}
			}
		}
		out.append("  esac\n")
			.append("  if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\")); return; fi\n")
			.append("  case $cmd:$position in\n");
		for (CommandSpec spec : specs) {
			for (int position = 0; position <= POSITIONS && position < spec.maxArgs(); position++) {
				String action = action(spec.argumentKind(position));
				if (action != null) {
					String label = position == POSITIONS ? "*" : String.valueOf(position);
					List<String> labels = names(spec).stream().map(name -> name + ":" + label).toList();
					out.append("    ").append(String.join("|", labels)).append(") ").append(action).append(" ;;\n");
				}
			}
		}
		return out.append("  esac\n")
			.append("}\n")
			.append("complete -o filenames -o bashdefault -F _exa_shell exa-shell\n")
			.toString();
	}

	private static String action(ArgumentKind kind) {
		return switch (kind.kind()) {
			case WORDS -> "COMPREPLY=($(compgen -W \"" + String.join(" ", kind.words()) + "\" -- \"$cur\"))";
			case FILE -> "COMPREPLY=($(compgen -f -- \"$cur\"))";
			case PROFILE -> "COMPREPLY=($(compgen -W \"$(_exa_shell_profiles \"${COMP_WORDS[0]}\")\" -- \"$cur\"))";
			case IMPORT, NONE -> null;
		};
	}

	static List<String> names(CommandSpec spec) {
		return Stream.concat(Stream.of(spec.name()), spec.aliases().stream()).toList();
	}

	static List<String> commandNames(List<CommandSpec> specs) {
		return specs.stream().flatMap(spec -> names(spec).stream()).toList();
	}

	private static List<String> optionNames(CommandSpec spec, boolean valuedOnly) {
		return spec.options().stream().filter(o -> !valuedOnly || o.type() != ValueType.FLAG)
			.flatMap(o -> optionNames(o).stream()).toList();
	}

	private static List<String> optionNames(OptionSpec option) {
		return option.shortName() == null ? List.of("--" + option.longName())
				: List.of("--" + option.longName(), "-" + option.shortName());
	}

	private static List<String> globalNames() {
		return GlobalOption.ALL.stream().flatMap(o -> o.names().stream()).toList();
	}

	private static List<String> globalNamesTakingValues() {
		return GlobalOption.ALL.stream().filter(o -> o.value() != GlobalOption.Value.NONE)
			.flatMap(o -> o.names().stream()).toList();
	}
}
