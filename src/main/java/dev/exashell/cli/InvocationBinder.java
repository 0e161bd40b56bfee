package dev.exashell.cli;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the words after a command name against its {@link CommandSpec} and produces an
 * {@link Invocation}, or a {@link UsageException} that names what was wrong. Unlike Spring Shell
 * 4.0.1's parser it rejects unknown options, lets a value start with {@code -} ({@code --limit -1}
 * is a bad limit, not a missing one) and never lets a flag swallow the next word.
 */
public final class InvocationBinder {

	private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d*)?");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

	private static final Pattern SURROUNDING_BLANKS = Pattern.compile("^\\s+|\\s+$");

	private InvocationBinder() {
	}

	public static Invocation bind(CommandSpec spec, List<String> words) {
		List<String> args = new ArrayList<>();
		Map<String, List<String>> options = new LinkedHashMap<>();
		boolean onlyArgs = false;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (onlyArgs || !word.startsWith("-") || word.equals("-") || isNumber(word)) {
				args.add(word);
				continue;
			}
			if (word.equals("--")) {
				onlyArgs = true;
				continue;
			}
			int eq = word.indexOf('=');
			String name = eq < 0 ? word : word.substring(0, eq);
			OptionSpec option = find(spec, name);
			String value;
			if (option.type() == ValueType.FLAG) {
				value = eq < 0 ? "true" : word.substring(eq + 1);
				if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
					throw new UsageException(name + " is a flag and takes no value", "write " + name + " alone");
				}
				if (value.equalsIgnoreCase("false")) {
					options.remove(option.longName());
					continue;
				}
			}
			else if (eq >= 0) {
				value = word.substring(eq + 1);
			}
			else if (i + 1 < words.size()) {
				value = words.get(++i);
			}
			else {
				throw new UsageException("option --" + option.longName() + " needs a value",
						"usage: " + spec.usage());
			}
			check(spec, option, value);
			List<String> values = options.computeIfAbsent(option.longName(), k -> new ArrayList<>());
			if (!values.isEmpty() && !option.repeatable() && option.type() != ValueType.FLAG) {
				throw new UsageException("option --" + option.longName() + " was given twice", "give it once");
			}
			values.add(value);
		}
		checkArgumentCount(spec, args);
		return new Invocation(spec, List.copyOf(args), options);
	}

	private static boolean isNumber(String word) {
		// an option's name (--limit) is never one: only "-" and a digit can start a negative number
		return word.length() > 1 && isAsciiDigit(word.charAt(1)) && NEGATIVE_NUMBER.matcher(word).matches();
	}

	private static OptionSpec find(CommandSpec spec, String name) {
		if (name.startsWith("--")) {
			return spec.findOption(name.substring(2)).orElseThrow(() -> unknown(spec, name));
		}
		if (name.length() == 2) {
			return spec.findShortOption(name.charAt(1)).orElseThrow(() -> unknown(spec, name));
		}
		throw unknown(spec, name);
	}

	private static UsageException unknown(CommandSpec spec, String name) {
		if (spec.options().isEmpty()) {
			return new UsageException("unknown option '" + name + "': " + spec.name() + " takes no options",
					"usage: " + spec.usage());
		}
		String known = spec.options().stream().map(o -> "--" + o.longName()).collect(Collectors.joining(", "));
		return new UsageException("unknown option '" + name + "' for " + spec.name(), "options: " + known);
	}

	private static void check(CommandSpec spec, OptionSpec option, String value) {
		if (option.type() == ValueType.INT) {
			BigInteger number = whole(value);
			if (number == null) {
				throw new UsageException("--" + option.longName() + " must be a whole number, got '" + shown(value) + "'",
						"usage: " + spec.usage());
			}
			CommandSpec.Range range = spec.range(option.longName());
			if (number.compareTo(BigInteger.valueOf(range.min())) < 0
					|| number.compareTo(BigInteger.valueOf(range.max())) > 0) {
				throw new UsageException("--" + option.longName() + " must be " + range.describe(number) + ", got " + number,
						range.hint() == null ? "usage: " + spec.usage() : range.hint());
			}
		}
		if (option.type() == ValueType.DURATION) {
			DurationParser.parse("--" + option.longName(), value);
		}
	}

	/** A whole number such as {@code 5}, {@code -1} or {@code +007} (blanks around it allowed), or null when it is not one. */
	static BigInteger whole(String value) {
		if (isSmallPlainNumber(value)) {
			return BigInteger.valueOf(Long.parseLong(value)); // the usual case (--limit 25), without regexes
		}
		String number = stripBlanks(value);
		return WHOLE_NUMBER.matcher(number).matches() ? new BigInteger(number) : null;
	}

	/** 1 to 18 ASCII digits and nothing else: a long, and what {@link #whole} would read. */
	private static boolean isSmallPlainNumber(String value) {
		if (value.isEmpty() || value.length() > 18) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (!isAsciiDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** {@code text} without the spaces, tabs and line breaks around it (control characters stay and are refused). */
	static String stripBlanks(String text) {
		return SURROUNDING_BLANKS.matcher(text).replaceAll("");
	}

	/** {@code text} as an error message may show it: abbreviated, control characters written as {@code \\xNN}. */
	static String shown(String text) {
		StringBuilder shown = new StringBuilder();
		abbreviate(text).codePoints().forEach(c -> {
			if (Character.isISOControl(c)) {
				shown.append(String.format("\\x%02x", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}

	private static void checkArgumentCount(CommandSpec spec, List<String> args) {
		if (args.size() < spec.minArgs()) {
			throw new UsageException(spec.name() + " needs " + describe(spec), "usage: " + spec.usage());
		}
		if (args.size() > spec.maxArgs()) {
			String extra = args.get(spec.maxArgs());
			throw new UsageException("unexpected argument '" + abbreviate(extra) + "' for " + spec.name(),
					"usage: " + spec.usage());
		}
	}

	private static String describe(CommandSpec spec) {
		return spec.minArgs() == 1 ? "an argument" : spec.minArgs() + " arguments";
	}

	static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "…";
	}
}
