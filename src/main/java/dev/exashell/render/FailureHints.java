package dev.exashell.render;

import java.util.Map;
import java.util.Optional;

/** What to do about a failed import, per the API's {@code failedReason}; none for reasons this client does not know. */
public final class FailureHints {

	private static final Map<String, String> HINTS = Map.of(
			"missing_identifier", "the file needs a column of URLs; pass --identifier N to name it",
			"invalid_file_content", "the file was empty or had no data rows",
			"invalid_format", "the file is not CSV text (UTF-8, comma-separated)");

	private FailureHints() {
	}

	/** The hint text, without the {@code hint: } prefix. */
	public static Optional<String> forReason(String failedReason) {
		return Optional.ofNullable(failedReason).map(HINTS::get);
	}
}
