package dev.exashell.imports;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.UsageException;
import java.util.List;

/**
 * The {@code --status} option shared by list, filter and watch, with its completion values, and
 * {@code --max-pages}, which bounds the scan a status filter makes.
 */
final class Statuses {

	static final OptionKey<String> STATUS = OptionKey.text("status");
	static final OptionKey<Integer> MAX_PAGES = OptionKey.integer("max-pages");
	static final List<String> KNOWN = List.of("pending", "processing", "completed", "failed");

	static final OptionSpec OPTION = STATUS.describe(null, "S[,S...]",
			"only imports in these statuses: pending, processing, completed, failed, or any other value", false, KNOWN);

	private Statuses() {
	}

	/** {@code --max-pages N} as typed: 1 or more; 0 (no bound) when not given. */
	static int maxPages(Invocation in) {
		int pages = in.get(MAX_PAGES).orElse(0);
		if (in.has(MAX_PAGES) && pages < 1) {
			throw new UsageException("--max-pages must be 1 or more, got " + pages,
					"leave it out to read as many API pages as it takes");
		}
		return pages;
	}

	static long positive(int value) {
		if (value < 1) {
			throw new UsageException("--max-items must be 1 or more, got " + value, null);
		}
		return value;
	}
}
