package dev.exashell.sandbox;

/**
 * How processing an import ends: completed with {@code count} rows, or failed with one of the
 * spec's three reasons and a human-readable message.
 */
record Outcome(long count, String failedReason, String failedMessage) {

	static final String INVALID_FORMAT = "invalid_format";
	static final String INVALID_FILE_CONTENT = "invalid_file_content";
	static final String MISSING_IDENTIFIER = "missing_identifier";

	static Outcome completed(long rows) {
		return new Outcome(rows, null, null);
	}

	static Outcome failed(String reason, String message) {
		return new Outcome(0, reason, message);
	}

	boolean failed() {
		return failedReason != null;
	}
}
