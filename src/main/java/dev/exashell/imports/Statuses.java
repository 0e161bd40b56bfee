package dev.exashell.imports;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.UsageException;
import java.util.List;

/** The {@code --status} option shared by list, filter and watch, with its completion values. */
final class Statuses {

	static final OptionSpec OPTION = new OptionSpec("status", null, ValueType.TEXT, "S[,S...]",
			"only imports in these statuses: pending, processing, completed, failed, or any other value", false,
			List.of("pending", "processing", "completed", "failed"));

	private Statuses() {
	}

	/** {@code --max-pages N} as typed: 1 or more; 0 (no bound) when not given. */
	static int maxPages(Invocation in) {
		int pages = in.integer("max-pages").orElse(0);
		if (in.integer("max-pages").isPresent() && pages < 1) {
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
