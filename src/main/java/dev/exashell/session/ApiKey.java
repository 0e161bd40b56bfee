package dev.exashell.session;

import dev.exashell.cli.LaunchOptions.KeySource;

/** The session's API key and where it came from; {@link #toString()} never shows the key. */
public record ApiKey(String value, KeySource source) {

	/** What status and the banner say about the key on the embedded sandbox, which checks none. */
	public static final String SANDBOX_NOTE = "no key needed (sandbox)";

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

	/** Where the key came from, as {@code status} and the banner say it: {@code from <this>}. */
	public String origin(String profile) {
		return switch (source) {
			case FLAG -> "--api-key";
			case ENVIRONMENT -> "EXA_API_KEY";
			case LOGIN -> "login";
			case SAVED -> "profile " + profile;
			case SANDBOX -> "sandbox";
			case NONE -> "nowhere";
		};
	}

	@Override
	public String toString() {
		return "ApiKey[" + masked() + ", " + source + "]";
	}
}
