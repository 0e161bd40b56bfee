package dev.exashell.render;

import dev.exashell.api.Import;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * The piped list formats. Each writes every page as it arrives and keeps nothing; TSV, JSONL and
 * CSV write one import per line (CSV after a header), JSON streams one
 * {@code {"data":[...],"hasMore":...,"nextCursor":...}} document through a Jackson generator.
 */
final class MachineSinks {

	private MachineSinks() {
	}

	/**
	 * One line per import, each page printed to {@code out} by {@code printPage}, after an optional
	 * {@code header}, which is written with the first page or at close.
	 */
	static PageSink lines(PrintWriter out, String header, Consumer<List<Import>> printPage) {
		return new PageSink() {
			private boolean started;

			@Override
			public void page(List<Import> items, int firstRowNumber) {
				start();
				printPage.accept(items);
				out.flush();
			}

			@Override
			public void close(boolean hasMore, String nextCursor, ScanSummary scan) {
				start();
				out.flush();
			}

			private void start() {
				if (!started) {
					out.print(header);
					started = true;
				}
			}
		};
	}

	/** TSV: each page's lines printed as one text, so it is encoded and written once (a script lists pages in a loop). */
	static PageSink tsv(PrintWriter out) {
		return lines(out, "", (items) -> {
			StringBuilder text = new StringBuilder(items.size() * 128);
			for (Import i : items) {
				text.append(MachineText.tsvLine(ImportRecords.tsvListRow(i)));
			}
			out.append(text);
		});
	}

	static PageSink jsonLines(PrintWriter out) {
		JsonLines printer = new JsonLines(out);
		return lines(out, "", (items) -> items.forEach(printer::print));
	}

	/** CSV: the header is written even for an empty list, so a consumer always sees the columns. */
	static PageSink csv(PrintWriter out) {
		return lines(out, MachineText.csvLine(ImportRecords.CSV_COLUMNS),
				(items) -> items.forEach((i) -> out.print(MachineText.csvLine(ImportRecords.csvRow(i)))));
	}

	/** The JSON envelope, pretty-printed; started lazily so a failure before the first page prints nothing. */
	static PageSink json(PrintWriter out) {
		return new PageSink() {
			private JsonGenerator generator;

			@Override
			public void page(List<Import> items, int firstRowNumber) {
				JsonGenerator g = started();
				items.forEach((i) -> OutputJson.writeImport(g, i));
				g.flush();
			}

			@Override
			public void close(boolean hasMore, String nextCursor, ScanSummary scan) {
				JsonGenerator g = started();
				g.writeEndArray();
				g.writeBooleanProperty("hasMore", hasMore);
				g.writeStringProperty("nextCursor", nextCursor);
				g.writeEndObject();
				g.close();
				out.print("\n");
				out.flush();
			}

			@Override
			public void abandon(String resumeCursor) {
				if (generator != null) {
					close(true, resumeCursor, null);
				}
			}

			private JsonGenerator started() {
				if (generator == null) {
					generator = OutputJson.pretty().createGenerator(out);
					generator.writeStartObject();
					generator.writeName("data");
					generator.writeStartArray();
				}
				return generator;
			}
		};
	}
}
