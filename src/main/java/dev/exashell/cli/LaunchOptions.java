package dev.exashell.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything decided before the first command runs: the global options and environment
 * variables that pick the mode (interactive, one command, or a script), the API, the output.
 *
 * @param command the words of a one-shot command; empty for interactive and script mode
 * @param script a script path, {@code -} for standard input, or null
 * @param profile the profile named by {@code --profile} or {@code EXA_PROFILE}, or null
 * @param requestTimeout how long each attempt of a request waits for an answer:
 *     {@code --request-timeout} or {@code EXA_REQUEST_TIMEOUT}, default 30 s
 */
public record LaunchOptions(
		boolean sandbox,
		String baseUrl,
		String apiKey,
		KeySource keySource,
		OutputFormat output,
		ColorMode color,
		boolean debug,
		String script,
		boolean continueOnError,
		boolean echo,
		boolean showVersion,
		boolean showHelp,
		List<String> warnings,
		List<String> command,
		String profile,
		Duration requestTimeout) {

	public static final String DEFAULT_BASE_URL = "https://api.exa.ai/websets";

	/** Where the session's API key came from, strongest first. */
	public enum KeySource { FLAG, ENVIRONMENT, LOGIN, SANDBOX, NONE,
		/** saved by {@code login --save} for the session's profile */
		SAVED }

	public enum ColorMode { AUTO, ALWAYS, NEVER }

	public enum Mode { INTERACTIVE, ONE_SHOT, SCRIPT }

	public Mode mode() {
		if (script != null) {
			return Mode.SCRIPT;
		}
		return command.isEmpty() ? Mode.INTERACTIVE : Mode.ONE_SHOT;
	}

	/** Colour on when forced, or on a terminal unless {@code NO_COLOR} is set. */
	public boolean colorFor(boolean tty, Map<String, String> env) {
		return switch (color) {
			case ALWAYS -> true;
			case NEVER -> false;
			case AUTO -> tty && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty());
		};
	}
}
