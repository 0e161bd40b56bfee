package dev.exashell.cli;

import java.util.List;

/**
 * A global option (before the command), as shell completion offers it. {@link LaunchOptionsParser}
 * reads them and {@link LaunchHelp} describes them; a test keeps this list in step with both.
 *
 * @param value what its value is: {@link Value#NONE} for a flag
 * @param values the words offered for a {@link Value#WORDS} value
 */
public record GlobalOption(String longName, Character shortName, Value value, List<String> values, String description) {

	public enum Value { NONE, TEXT, WORDS, FILE, PROFILE }

	public static final List<GlobalOption> ALL = List.of(
			new GlobalOption("sandbox", null, Value.NONE, List.of(), "use the embedded sandbox (no key needed)"),
			new GlobalOption("base-url", null, Value.TEXT, List.of(), "API base URL"),
			new GlobalOption("output", 'o', Value.WORDS, OutputFormat.names(), "output format"),
			new GlobalOption("color", null, Value.WORDS, List.of("auto", "always", "never"), "when to colour"),
			new GlobalOption("debug", null, Value.NONE, List.of(), "request/response lines on stderr"),
			new GlobalOption("request-timeout", null, Value.WORDS, List.of("5s", "30s", "2m"),
					"how long each attempt waits for an answer"),
			new GlobalOption("api-key", null, Value.TEXT, List.of(), "use this key (prefer EXA_API_KEY)"),
			new GlobalOption("profile", null, Value.PROFILE, List.of(), "use a saved profile"),
			new GlobalOption("file", 'f', Value.FILE, List.of(), "run a script file"),
			new GlobalOption("continue-on-error", null, Value.NONE, List.of(), "in a script, run on after a failure"),
			new GlobalOption("echo", null, Value.NONE, List.of(), "in a script, print each command first"),
			new GlobalOption("version", 'V', Value.NONE, List.of(), "show what runs"),
			new GlobalOption("help", 'h', Value.NONE, List.of(), "show how to start exa-shell"));

	/** {@code --name}, and {@code -x} when it has a short name. */
	public List<String> names() {
		return shortName == null ? List.of("--" + longName) : List.of("-" + shortName, "--" + longName);
	}
}
