package dev.exashell.cli;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * An option's name and the type of its value, declared once as a constant: the command's
 * {@link CommandSpec} declares it and the command reads it back with {@link Invocation#get}, so a
 * misspelt name does not compile and a value comes back as the type declared. What help says about
 * it (value name, description, completion values) is given where a command declares it.
 */
public final class OptionKey<T> {

	private final String longName;
	private final ValueType type;
	private final Function<String, T> value;

	private OptionKey(String longName, ValueType type, Function<String, T> value) {
		this.longName = longName;
		this.type = type;
		this.value = value;
	}

	/** {@code --name} alone: {@link Invocation#has} says whether it was given. */
	public static OptionKey<Boolean> flag(String longName) {
		return new OptionKey<>(longName, ValueType.FLAG, Boolean::valueOf);
	}

	public static OptionKey<String> text(String longName) {
		return new OptionKey<>(longName, ValueType.TEXT, value -> value);
	}

	/** A whole number; the binder has checked it is one, within the declared range. */
	public static OptionKey<Integer> integer(String longName) {
		return new OptionKey<>(longName, ValueType.INT, value -> InvocationBinder.whole(value).intValueExact());
	}

	public static OptionKey<Duration> duration(String longName) {
		return new OptionKey<>(longName, ValueType.DURATION, value -> DurationParser.parse("--" + longName, value));
	}

	public String longName() {
		return longName;
	}

	public ValueType type() {
		return type;
	}

	T value(String typed) {
		return value.apply(typed);
	}

	/** As help shows it: {@code valueName} after the name, {@code values} offered by completion. */
	public OptionSpec describe(Character shortName, String valueName, String description, boolean repeatable,
			List<String> values) {
		return new OptionSpec(longName, shortName, type, valueName, description, repeatable, values);
	}

	@Override
	public String toString() {
		return "--" + longName;
	}
}
