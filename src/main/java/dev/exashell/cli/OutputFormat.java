package dev.exashell.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code -o/--output}: TABLE is the terminal default and becomes TSV when stdout is not a terminal. */
public enum OutputFormat {

	TABLE, TSV, JSON, JSONL, CSV;

	public static OutputFormat parse(String value) {
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new UsageException("unknown output format '" + value + "'",
					"use one of: table, tsv, json, jsonl, csv");
		}
	}

	/** The values {@code -o} accepts, lower-case, in declaration order. */
	public static List<String> names() {
		return Stream.of(values()).map(format -> format.name().toLowerCase(Locale.ROOT)).toList();
	}

	/** The format actually used: a table only makes sense on a terminal. */
	public OutputFormat effective(boolean tty) {
		return this == TABLE && !tty ? TSV : this;
	}
}
