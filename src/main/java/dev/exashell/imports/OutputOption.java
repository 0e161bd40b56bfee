package dev.exashell.imports;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.OutputFormat;
import java.util.List;

/** {@code -o/--output} on a command that shows one import: overrides the global {@code -o} for that command. */
final class OutputOption {

	static final OptionSpec OPTION = new OptionSpec("output", 'o', ValueType.TEXT, "FORMAT",
			"table, tsv, json, jsonl or csv for this command (default: the global -o)", false,
			List.of("table", "tsv", "json", "jsonl", "csv"));

	private OutputOption() {
	}

	static OutputFormat of(Invocation in, OutputFormat global) {
		return in.text("output").map(OutputFormat::parse).orElse(global);
	}
}
