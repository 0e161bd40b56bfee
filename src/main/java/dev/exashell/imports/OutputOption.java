package dev.exashell.imports;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.OutputFormat;

/** {@code -o/--output} on a command that shows one import: overrides the global {@code -o} for that command. */
final class OutputOption {

	static final OptionKey<String> OUTPUT = OptionKey.text("output");

	static final OptionSpec OPTION = OUTPUT.describe('o', "FORMAT",
			"table, tsv, json, jsonl or csv for this command (default: the global -o)", false,
			OutputFormat.names());

	private OutputOption() {
	}

	static OutputFormat of(Invocation in, OutputFormat global) {
		return in.get(OUTPUT).map(OutputFormat::parse).orElse(global);
	}
}
