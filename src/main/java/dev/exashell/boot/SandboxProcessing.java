package dev.exashell.boot;

import dev.exashell.sandbox.SandboxOptions;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * {@code EXA_SANDBOX_PROCESSING_SECONDS}: how long an import processes in the embedded sandbox
 * ({@code --sandbox}), like {@code exa-sandbox --processing-seconds}; decimals allowed, default 10.
 * A long time keeps seeded pending imports pending, e.g. to try {@code watch} and Ctrl-C. A value
 * that is not a number of seconds is reported on stderr and the default is used.
 */
final class SandboxProcessing {

	static final String VARIABLE = "EXA_SANDBOX_PROCESSING_SECONDS";

	private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(365L * 24 * 3600);

	private SandboxProcessing() {
	}

	static Duration fromEnvironment(Map<String, String> env, PrintWriter err) {
		String text = env.get(VARIABLE);
		if (text == null || text.isBlank()) {
			return SandboxOptions.DEFAULT_PROCESSING;
		}
		try {
			BigDecimal seconds = new BigDecimal(text.trim());
			if (seconds.signum() >= 0 && seconds.compareTo(MAX_SECONDS) <= 0) {
				return Duration.ofMillis(seconds.movePointRight(3).longValue());
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		err.println("warning: " + VARIABLE + " must be a number of seconds from 0 to 31536000, got '" + text.trim()
				+ "'; using " + SandboxOptions.DEFAULT_PROCESSING.toSeconds());
		err.flush();
		return SandboxOptions.DEFAULT_PROCESSING;
	}
}
