package dev.exashell.render;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Field encodings for piped output: TSV escaping, RFC 4180 CSV quoting, ISO-8601 times. */
final class MachineText {

	static final String CSV_LINE_END = "\r\n";

	private MachineText() {
	}

	/** {@code Instant.toString()} (ISO-8601, UTC, {@code Z}); empty for null. */
	static String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/**
	 * One TSV field, so one record stays one line: backslash, tab, LF and CR become {@code \\},
	 * {@code \t}, {@code \n}, {@code \r} (the PostgreSQL {@code COPY} text convention, so it is
	 * reversible); null becomes the empty string.
	 */
	static String tsv(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	static String tsvLine(List<String> rawFields) {
		return rawFields.stream().map(MachineText::tsv).collect(Collectors.joining("\t")) + "\n";
	}

	/** One CSV field (RFC 4180): quoted, quotes doubled, when it holds a comma, quote, CR or LF. */
	static String csv(String value) {
		if (value == null) {
			return "";
		}
		if (value.chars().noneMatch((c) -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	static String csvLine(List<String> rawFields) {
		return rawFields.stream().map(MachineText::csv).collect(Collectors.joining(",")) + CSV_LINE_END;
	}
}
