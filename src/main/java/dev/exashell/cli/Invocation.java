package dev.exashell.cli;

import dev.exashell.cli.CommandSpec.OptionSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated call of a command: its positional arguments and option values, already checked
 * against the command's {@link CommandSpec} (known names, values present, numbers numeric). Options
 * are read with the {@link OptionKey} the spec declares them with, as the key's type.
 */
public record Invocation(CommandSpec spec, List<String> args, Map<String, List<String>> options) {

	/** Whether the option was given (a flag: given and not {@code =false}). */
	public boolean has(OptionKey<?> key) {
		return options.containsKey(declared(key));
	}

	/** The option's value (the last one given), as the key's type. */
	public <T> Optional<T> get(OptionKey<T> key) {
		return typed(key).map(key::value);
	}

	/** Every value of a repeatable option, in the order given. */
	public <T> List<T> all(OptionKey<T> key) {
		return options.getOrDefault(declared(key), List.of()).stream().map(key::value).toList();
	}

	/** The option's value as it was typed, for a message that shows it back. */
	public Optional<String> typed(OptionKey<?> key) {
		List<String> values = options.get(declared(key));
		return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	public Optional<String> arg(int index) {
		return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
	}

	/** The key's name, once checked that the spec declares it with the key's type: reading an undeclared option is a bug. */
	private String declared(OptionKey<?> key) {
		OptionSpec option = spec.findOption(key.longName()).orElseThrow(() ->
				new IllegalArgumentException(spec.name() + " declares no option " + key));
		if (option.type() != key.type()) {
			throw new IllegalArgumentException(spec.name() + " declares " + key + " as " + option.type() + ", not " + key.type());
		}
		return key.longName();
	}
}
