package dev.exashell.api;

/** Keeps the API key out of anything shown: trace lines, messages, {@code toString}. */
final class ApiKeys {

	private static final String MASK = "****";

	private static final int MIN_SCRUBBED_LENGTH = 8;

	private ApiKeys() {
	}

	/** {@code ****} plus the last 4 characters; only {@code ****} for keys shorter than 8. */
	static String redact(String key) {
		if (key == null || key.isEmpty()) {
			return key;
		}
		return key.length() < 8 ? MASK : MASK + key.substring(key.length() - 4);
	}

	/**
	 * {@code text} with every occurrence of the key redacted (a server may echo it back). A key
	 * shorter than 8 characters is left alone: no real Exa key is that short (the sandbox's is
	 * {@code sandbox}), and replacing such a string everywhere mangles ordinary words in messages.
	 */
	static String scrub(String text, String key) {
		if (text == null || key == null || key.length() < MIN_SCRUBBED_LENGTH) {
			return text;
		}
		return text.replace(key, redact(key));
	}

	/** A key must be a valid header value; checked up front so no JDK message ever quotes it. */
	static void requireHeaderSafe(String key) {
		if (key == null) {
			return;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x20 || c == 0x7f || c > 0xff) {
				throw new IllegalArgumentException("API key contains a character not allowed in an HTTP header"
						+ " (position " + (i + 1) + ")");
			}
		}
	}
}
