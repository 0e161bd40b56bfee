package dev.exashell.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code -o/--output}. Without {@code -o} the format is AUTO: a table on a terminal, TSV when
 * stdout is not one. A format the user typed is used as typed: {@code -o table} is a table even
 * through a pipe ({@code exa-shell -o table --color always list | less -R}).
 */
public enum OutputFormat {

	/** Not typed: TABLE on a terminal, else TSV. */
	AUTO, TABLE, TSV, JSON, JSONL, CSV;

	public static OutputFormat parse(String value) {
		try {
			OutputFormat format = valueOf(value.trim().toUpperCase(Locale.ROOT));
			if (format == AUTO) {
				throw new IllegalArgumentException();
			}
			return format;
		}
		catch (IllegalArgumentException e) {
			throw new UsageException("unknown output format '" + value + "'",
					"use one of: table, tsv, json, jsonl, csv");
		}
	}

	/** The values {@code -o} accepts, lower-case, in declaration order (not AUTO, which is no value). */
	public static List<String> names() {
		return Stream.of(values()).filter(format -> format != AUTO)
			.map(format -> format.name().toLowerCase(Locale.ROOT)).toList();
	}

	/** The format actually used: never AUTO. */
	public OutputFormat effective(boolean tty) {
		return this == AUTO ? (tty ? TABLE : TSV) : this;
	}
}
