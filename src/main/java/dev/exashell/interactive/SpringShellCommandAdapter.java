package dev.exashell.interactive;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.ShellCommand;
import java.util.List;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.completion.CompletionProposal;

/**
 * Shows one of our commands to Spring Shell's registry so its JLine completer offers the command
 * name, its options and their values. Execution never goes through here: the prompt sends lines
 * to our dispatcher, whose parser is stricter than 4.0.1's.
 */
final class SpringShellCommandAdapter extends AbstractCommand {

	SpringShellCommandAdapter(ShellCommand command) {
		super(command.spec().name(), command.spec().summary(), "exa-shell");
		CommandSpec spec = command.spec();
		setAliases(spec.aliases());
		setOptions(spec.options().stream().map(SpringShellCommandAdapter::toOption).toList());
		setCompletionProvider(context -> {
			if (context.getCommandOption() == null) {
				return List.of();
			}
			String longName = context.getCommandOption().longName();
			return spec.findOption(longName)
				.map(OptionSpec::values)
				.orElse(List.of())
				.stream()
				.map(CompletionProposal::new)
				.toList();
		});
	}

	private static CommandOption toOption(OptionSpec option) {
		CommandOption.Builder builder = CommandOption.with()
			.longName(option.longName())
			.description(option.description())
			.type(option.type() == ValueType.FLAG ? boolean.class : String.class);
		if (option.shortName() != null) {
			builder.shortName(option.shortName());
		}
		return builder.build();
	}

	@Override
	public ExitStatus doExecute(CommandContext commandContext) {
		throw new UnsupportedOperationException("exa-shell runs commands through its own dispatcher");
	}
}
