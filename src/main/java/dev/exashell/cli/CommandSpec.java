package dev.exashell.cli;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a command accepts, declared once: the binder validates input against it, {@code help}
 * prints it and Tab completion offers it. Built fluently by each command.
 */
public final class CommandSpec {

	public enum ValueType { FLAG, TEXT, INT, DURATION }

	/** One {@code --long}/{@code -s} option; {@code values} are offered by completion. */
	public record OptionSpec(String longName, Character shortName, ValueType type, String valueName,
			String description, boolean repeatable, List<String> values) {

		public String display() {
			String names = (shortName == null ? "" : "-" + shortName + ", ") + "--" + longName;
			return type == ValueType.FLAG ? names : names + " " + valueName;
		}
	}

	/** What Tab offers for a positional argument. */
	public record ArgumentKind(Kind kind, List<String> words) {

		public enum Kind { NONE, WORDS, IMPORT, FILE, PROFILE }

		public static final ArgumentKind NONE = new ArgumentKind(Kind.NONE, List.of());
		/** An import id or a row number of the current page. */
		public static final ArgumentKind IMPORT = new ArgumentKind(Kind.IMPORT, List.of());
		public static final ArgumentKind FILE = new ArgumentKind(Kind.FILE, List.of());
		/** A saved profile's name. */
		public static final ArgumentKind PROFILE = new ArgumentKind(Kind.PROFILE, List.of());

		public static ArgumentKind words(String... words) {
			return new ArgumentKind(Kind.WORDS, List.of(words));
		}
	}

	/** The whole numbers an {@link ValueType#INT} option takes, and what to say when one is outside. */
	public record Range(long min, long max, String hint) {

		/** Any {@code int}, the default. */
		static final Range INT = new Range(Integer.MIN_VALUE, Integer.MAX_VALUE, null);

		/** What {@code number}, outside this range, must be instead: "between 1 and 200", or "at most …" when no range was declared. */
		String describe(BigInteger number) {
			if (!equals(INT)) {
				return "between " + min + " and " + max;
			}
			return number.signum() < 0 ? "at least " + min : "at most " + max;
		}
	}

	private final String name;
	private final String summary;
	private final Map<String, Range> ranges = new HashMap<>();
	private final List<String> aliases = new ArrayList<>();
	private final List<OptionSpec> options = new ArrayList<>();
	private final List<String> examples = new ArrayList<>();
	private final List<String> shellExamples = new ArrayList<>();
	private final Set<String> required = new HashSet<>();
	private String arguments = "";
	private int minArgs;
	private int maxArgs;
	private String details = "";
	private List<ArgumentKind> argumentKinds = List.of();

	private CommandSpec(String name, String summary) {
		this.name = name;
		this.summary = summary;
	}

	public static CommandSpec command(String name, String summary) {
		return new CommandSpec(name, summary);
	}

	public CommandSpec alias(String alias) {
		aliases.add(alias);
		return this;
	}

	/** Positional arguments: how they read in usage lines, and how many are allowed. */
	public CommandSpec arguments(String usage, int min, int max) {
		this.arguments = usage;
		this.minArgs = min;
		this.maxArgs = max;
		return this;
	}

	/** What Tab offers for the first, second, … positional argument; the last repeats when the count is unbounded. */
	public CommandSpec completeArguments(ArgumentKind... kinds) {
		this.argumentKinds = List.of(kinds);
		return this;
	}

	public ArgumentKind argumentKind(int index) {
		if (index < argumentKinds.size()) {
			return argumentKinds.get(index);
		}
		return maxArgs == Integer.MAX_VALUE && !argumentKinds.isEmpty() ? argumentKinds.get(argumentKinds.size() - 1)
				: ArgumentKind.NONE;
	}

	public CommandSpec flag(OptionKey<Boolean> key, String description) {
		return option(key.describe(null, "", description, false, List.of()));
	}

	/** An option with a value: {@code valueName} is how help shows the value ({@code N}, {@code D}, …). */
	public CommandSpec option(OptionKey<?> key, String valueName, String description) {
		if (key.type() == ValueType.FLAG) {
			throw new IllegalArgumentException(key + " is a flag: declare it with flag()");
		}
		return option(key.describe(null, valueName, description, false, List.of()));
	}

	public CommandSpec option(OptionSpec option) {
		options.add(option);
		return this;
	}

	/** The range of the whole-number option declared last; the binder refuses values outside it, saying {@code hint}. */
	public CommandSpec range(int min, int max, String hint) {
		OptionSpec last = options.get(options.size() - 1);
		if (last.type() != ValueType.INT) {
			throw new IllegalStateException("--" + last.longName() + " is not a whole-number option");
		}
		ranges.put(last.longName(), new Range(min, max, hint));
		return this;
	}

	/** The range of a whole-number option: as declared with {@link #range}, else any {@code int}. */
	public Range range(String longName) {
		return ranges.getOrDefault(longName, Range.INT);
	}

	/** Marks the option {@code key}, declared already, as one the command cannot run without (usage shows it unbracketed). */
	public CommandSpec required(OptionKey<?> key) {
		if (findOption(key.longName()).isEmpty()) {
			throw new IllegalArgumentException("no option " + key + " on " + name);
		}
		required.add(key.longName());
		return this;
	}

	public CommandSpec example(String example) {
		examples.add(example);
		return this;
	}

	/**
	 * An example for the command line outside exa-shell, with a redirection or a pipe the prompt does
	 * not have; help shows it under "from your shell:" as {@code $ exa-shell …}. Examples given with
	 * {@link #example} must run as they are at the prompt.
	 */
	public CommandSpec shellExample(String commandLine) {
		shellExamples.add(commandLine);
		return this;
	}

	public CommandSpec details(String details) {
		this.details = details;
		return this;
	}

	// Plain loops: a command reads its options several times a call, and a stream each time was a
	// visible part of a script's warm calls while they are interpreted.
	public Optional<OptionSpec> findOption(String longName) {
		for (OptionSpec option : options) {
			if (option.longName().equals(longName)) {
				return Optional.of(option);
			}
		}
		return Optional.empty();
	}

	public Optional<OptionSpec> findShortOption(char shortName) {
		for (OptionSpec option : options) {
			if (option.shortName() != null && option.shortName() == shortName) {
				return Optional.of(option);
			}
		}
		return Optional.empty();
	}

	public String usage() {
		return String.join(" ", usageParts());
	}

	/** The usage line's parts, each to be kept on one line: the name, the arguments, each {@code [option]}. */
	public List<String> usageParts() {
		List<String> parts = new ArrayList<>(List.of(name));
		if (!arguments.isEmpty()) {
			parts.add(arguments);
		}
		options.forEach(option -> parts.add(required.contains(option.longName()) ? option.display()
				: "[" + option.display() + "]"));
		return parts;
	}

	public String name() {
		return name;
	}

	public String summary() {
		return summary;
	}

	public List<String> aliases() {
		return aliases;
	}

	public List<OptionSpec> options() {
		return options;
	}

	public List<String> examples() {
		return examples;
	}

	/** Examples for the system shell, without the leading {@code exa-shell}. */
	public List<String> shellExamples() {
		return shellExamples;
	}

	public String details() {
		return details;
	}

	public int minArgs() {
		return minArgs;
	}

	public int maxArgs() {
		return maxArgs;
	}
}
