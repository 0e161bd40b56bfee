package dev.exashell.imports;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.UsageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --metadata k=v ...}: repeatable; checked before any request (values at most 1000
 * characters, counted in code points as the API counts them).
 */
final class MetadataOption {

	static final int MAX_VALUE_LENGTH = 1000;

	static final OptionKey<String> METADATA = OptionKey.text("metadata");

	static final OptionSpec OPTION = METADATA.describe(null, "KEY=VALUE",
			"a metadata pair; repeat for more (values up to " + MAX_VALUE_LENGTH + " characters)", true, List.of());

	private MetadataOption() {
	}

	/** The pairs given, in order; null when the option was not given. */
	static Map<String, String> of(Invocation in) {
		List<String> pairs = in.all(METADATA);
		if (pairs.isEmpty()) {
			return null;
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		for (String pair : pairs) {
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				throw new UsageException("--metadata needs KEY=VALUE, got '" + abbreviate(pair) + "'",
						"for example --metadata source=crm --metadata owner=ana");
			}
			String key = pair.substring(0, eq);
			String value = pair.substring(eq + 1);
			int length = value.codePointCount(0, value.length());
			if (length > MAX_VALUE_LENGTH) {
				throw new UsageException("the metadata value for '" + abbreviate(key) + "' is " + length
						+ " characters; at most " + MAX_VALUE_LENGTH + " are allowed", "shorten it");
			}
			if (metadata.put(key, value) != null) {
				throw new UsageException("metadata key '" + abbreviate(key) + "' is given twice", "give each key once");
			}
		}
		return metadata;
	}

	private static String abbreviate(String text) {
		return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 37)) + "…";
	}
}
