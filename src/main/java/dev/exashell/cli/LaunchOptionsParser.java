package dev.exashell.cli;

import dev.exashell.cli.LaunchOptions.ColorMode;
import dev.exashell.cli.LaunchOptions.KeySource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the global options that come before the command ({@code exa-shell [global options]
 * [command [args] | script.exa]}) and the environment ({@code EXA_API_KEY}, {@code EXA_BASE_URL},
 * {@code EXA_PROFILE}, {@code EXA_REQUEST_TIMEOUT}).
 */
public final class LaunchOptionsParser {

	private LaunchOptionsParser() {
	}

	public static LaunchOptions parse(String[] argv, Map<String, String> env) {
		List<String> args = Arrays.asList(argv);
		boolean sandbox = false, debug = false, continueOnError = false, echo = false, version = false, help = false;
		String baseUrl = null;
		String flagKey = null;
		String script = null;
		String profile = null;
		String requestTimeout = null;
		OutputFormat output = OutputFormat.AUTO;
		ColorMode color = ColorMode.AUTO;
		List<String> warnings = new ArrayList<>();
		int i = 0;
		for (; i < args.size() && args.get(i).startsWith("-") && !args.get(i).equals("-"); i++) {
			String word = args.get(i);
			int eq = word.indexOf('=');
			String name = eq < 0 || !word.startsWith("--") ? word : word.substring(0, eq);
			String inline = eq < 0 || !word.startsWith("--") ? null : word.substring(eq + 1);
			switch (name) {
				case "--sandbox" -> sandbox = true;
				case "--debug" -> debug = true;
				case "--continue-on-error" -> continueOnError = true;
				case "--echo" -> echo = true;
				case "--version", "-V" -> version = true;
				case "--help", "-h" -> help = true;
				case "--base-url" -> baseUrl = (inline != null ? inline : next(args, name, ++i));
				case "--api-key" -> flagKey = (inline != null ? inline : next(args, name, ++i));
				case "--profile" -> profile = (inline != null ? inline : next(args, name, ++i));
				case "--request-timeout" -> requestTimeout = (inline != null ? inline : next(args, name, ++i));
				case "--file", "-f" -> script = (inline != null ? inline : next(args, name, ++i));
				case "-o", "--output" -> output = OutputFormat.parse((inline != null ? inline : next(args, name, ++i)));
				case "--color" -> color = parseColor((inline != null ? inline : next(args, name, ++i)));
				default -> throw new UsageException("unknown global option '" + word + "'",
						"global options go before the command; see exa-shell --help");
			}
			if (inline != null && !List.of("--base-url", "--api-key", "--file", "--output", "--color", "--profile", "--request-timeout")
				.contains(name)) {
				throw new UsageException(name + " takes no value", "write " + name + " alone");
			}
		}
		List<String> command = new ArrayList<>(args.subList(Math.min(i, args.size()), args.size()));
		if (script == null && !command.isEmpty() && looksLikeScript(command.get(0))) {
			script = command.remove(0);
			if (!command.isEmpty()) {
				throw new UsageException("unexpected words after the script path: " + String.join(" ", command),
						"a script takes no arguments");
			}
		}
		if (script != null && !command.isEmpty()) {
			throw new UsageException("give either --file or a command, not both", null);
		}
		if (flagKey != null) {
			warnings.add("--api-key puts the key in your shell history and process list; prefer EXA_API_KEY");
		}
		String envKey = blankToNull(env.get("EXA_API_KEY"));
		String key = flagKey != null ? flagKey : envKey;
		KeySource source = flagKey != null ? KeySource.FLAG : envKey != null ? KeySource.ENVIRONMENT : KeySource.NONE;
		if (sandbox && baseUrl != null) {
			throw new UsageException("--sandbox and --base-url cannot be used together", "drop one of them");
		}
		if (sandbox && profile != null) {
			throw new UsageException("--sandbox and --profile cannot be used together", "the sandbox needs no profile");
		}
		if (profile == null && !sandbox) {
			profile = blankToNull(env.get("EXA_PROFILE"));
		}
		if (baseUrl == null && !sandbox) {
			baseUrl = env.get("EXA_BASE_URL");
		}
		return new LaunchOptions(sandbox, blankToNull(baseUrl), key, source, output, color, debug, script,
				continueOnError, echo, version, help, List.copyOf(warnings), List.copyOf(command), profile,
				requestTimeout != null ? RequestTimeout.fromFlag(requestTimeout)
						: RequestTimeout.fromEnvironment(blankToNull(env.get(RequestTimeout.VARIABLE))));
	}

	/** A first word that names a script file rather than a command: ends in .exa or has a path separator. */
	static boolean looksLikeScript(String word) {
		return word.endsWith(".exa") || word.contains("/");
	}

	private static String next(List<String> args, String name, int index) {
		if (index >= args.size()) {
			throw new UsageException("option " + name + " needs a value", "see exa-shell --help");
		}
		return args.get(index);
	}

	private static ColorMode parseColor(String value) {
		try {
			return ColorMode.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new UsageException("unknown --color value '" + value + "'", "use auto, always or never");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
