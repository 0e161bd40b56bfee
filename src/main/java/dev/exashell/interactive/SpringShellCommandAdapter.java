package dev.exashell.interactive;

import dev.exashell.cli.ShellCommand;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/**
 * Shows one of our commands to Spring Shell's registry, for its JLine highlighter, which reads the
 * command names and aliases. Completion is ours ({@link ExaCompleter}) and execution never goes
 * through here: the prompt sends lines to our dispatcher, whose parser is stricter than 4.0.1's.
 */
final class SpringShellCommandAdapter extends AbstractCommand {

	SpringShellCommandAdapter(ShellCommand command) {
		super(command.spec().name(), command.spec().summary(), "exa-shell");
		setAliases(command.spec().aliases());
	}

	@Override
	public ExitStatus doExecute(CommandContext commandContext) {
		throw new UnsupportedOperationException("exa-shell runs commands through its own dispatcher");
	}
}
