package dev.exashell.session;

import dev.exashell.cli.LaunchOptions.KeySource;

/** The session's API key and where it came from; {@link #toString()} never shows the key. */
public record ApiKey(String value, KeySource source) {

	/** First 4 + {@code …} + last 4; short keys are hidden entirely. */
	public String masked() {
		return mask(value);
	}

	public static String mask(String key) {
		if (key == null || key.isEmpty()) {
			return "(none)";
		}
		return key.length() < 12 ? "…" + "*".repeat(4) : key.substring(0, 4) + "…" + key.substring(key.length() - 4);
	}

	@Override
	public String toString() {
		return "ApiKey[" + masked() + ", " + source + "]";
	}
}
