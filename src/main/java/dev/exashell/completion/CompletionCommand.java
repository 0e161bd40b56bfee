package dev.exashell.completion;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import java.util.List;
import java.util.function.Supplier;

/** {@code completion bash|zsh|fish}: the completion script for the user's own shell, on stdout. */
final class CompletionCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec
		.command("completion", "print a Tab-completion script for bash, zsh or fish")
		.arguments("bash|zsh|fish", 1, 1)
		.completeArguments(ArgumentKind.words("bash", "zsh", "fish"))
		.details("""
				bash: exa-shell completion bash > ~/.local/share/bash-completion/completions/exa-shell
				zsh:  exa-shell completion zsh > "${fpath[1]}/_exa-shell" (then start a new shell)
				fish: exa-shell completion fish > ~/.config/fish/completions/exa-shell.fish""")
		.example("completion bash");

	private final Supplier<CommandCatalog> catalog;
	private final IoSource io;

	CompletionCommand(Supplier<CommandCatalog> catalog, IoSource io) {
		this.catalog = catalog;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		List<CommandSpec> specs = catalog.get().commands().stream().map(ShellCommand::spec)
			.filter(spec -> !INTERACTIVE_ONLY.contains(spec.name())).toList();
		String shell = invocation.arg(0).orElseThrow();
		String script = switch (shell) {
			case "bash" -> BashCompletion.script(specs);
			case "zsh" -> "#compdef exa-shell\n# exa-shell completion for zsh, through bash's (bashcompinit)\n"
					+ "autoload -U +X bashcompinit && bashcompinit\n" + BashCompletion.script(specs)
					// autoloaded from $fpath, this file runs at the first Tab: complete that Tab too
					+ "if (( $+compstate )); then _bash_complete -o bashdefault -o filenames -F _exa_shell; fi\n";
			case "fish" -> FishCompletion.script(specs);
			default -> throw new UsageException("unknown shell '" + shell + "'", "use bash, zsh or fish");
		};
		io.io().out().print(script);
		return ExitCodes.OK;
	}

	/** Commands that make sense only at the prompt, not as one-shot commands. */
	private static final List<String> INTERACTIVE_ONLY = List.of("history", "clear", "exit");
}
