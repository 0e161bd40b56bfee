package dev.exashell.imports;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.UsageException;
import java.util.List;

/** The {@code --status} option shared by list, filter and watch, with its completion values. */
final class Statuses {

	static final OptionSpec OPTION = new OptionSpec("status", null, ValueType.TEXT, "S[,S...]",
			"only imports in these statuses: pending, processing, completed, failed, or any other value", false,
			List.of("pending", "processing", "completed", "failed"));

	private Statuses() {
	}

	static long positive(int value) {
		if (value < 1) {
			throw new UsageException("--max-items must be 1 or more, got " + value, null);
		}
		return value;
	}
}
