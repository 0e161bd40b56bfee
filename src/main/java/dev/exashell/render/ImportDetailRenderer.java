package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.cli.OutputFormat;
import java.io.PrintWriter;

/**
 * Renders one import ({@code show}) in any {@link OutputFormat}; see {@code docs/output.md}.
 * On a terminal: a labelled block on stdout and, for a failure with a known reason, a
 * {@code hint:} line on stderr. Piped: {@code field<TAB>value} lines; JSON is the API's object.
 */
public final class ImportDetailRenderer {

	private final Io io;

	public ImportDetailRenderer(Io io) {
		this.io = io;
	}

	public void render(Import item, OutputFormat format) {
		PrintWriter out = io.out();
		switch (format.effective(io.tty())) {
			case AUTO, TABLE -> {
				out.print(DetailView.render(item, io.clock().instant(), io.color(), io.width()));
				if (DetailView.hasFailure(item)) {
					FailureHints.forReason(item.failedReason()).ifPresent((hint) -> io.err().print("hint: " + hint + "\n"));
				}
			}
			case TSV -> ImportRecords.detailPairs(item).forEach((pair) -> out.print(MachineText.tsvLine(pair)));
			case JSON -> out.print(OutputJson.importText(OutputJson.pretty(), item) + "\n");
			case JSONL -> out.print(OutputJson.importText(OutputJson.compact(), item) + "\n");
			case CSV -> out.print(MachineText.csvLine(ImportRecords.CSV_COLUMNS) + MachineText.csvLine(ImportRecords.csvRow(item)));
		}
		io.flush();
	}
}
