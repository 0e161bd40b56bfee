package dev.exashell.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated call of a command: its positional arguments and option values, already checked
 * against the command's {@link CommandSpec} (known names, values present, numbers numeric).
 */
public record Invocation(CommandSpec spec, List<String> args, Map<String, List<String>> options) {

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public Optional<String> text(String name) {
		List<String> values = options.get(name);
		return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	public List<String> all(String name) {
		return options.getOrDefault(name, List.of());
	}

	public Optional<Integer> integer(String name) {
		return text(name).map(value -> InvocationBinder.whole(value).intValueExact());
	}

	public Optional<Duration> duration(String name) {
		return text(name).map(value -> DurationParser.parse("--" + name, value));
	}

	public Optional<String> arg(int index) {
		return index < args.size() ? Optional.of(args.get(index)) : Optional.empty();
	}
}
