package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.cli.Io;
import dev.exashell.cli.OutputFormat;
import java.util.List;

/**
 * Renders lists of imports ({@code list}, {@code next}, {@code prev}, {@code filter},
 * {@code list --all}) in any {@link OutputFormat}; see {@code docs/output.md} for the exact output.
 * Data goes to {@code Io.out}; the footer, "no imports" and a filter's scan summary go to
 * {@code Io.err}. A requested {@code TABLE} becomes TSV when stdout is not a terminal.
 */
public final class ImportListRenderer {

	private final Io io;

	public ImportListRenderer(Io io) {
		this.io = io;
	}

	/** One page, rows numbered from 1, with its footer. */
	public void render(ImportPage page, OutputFormat format) {
		render(page, format, null);
	}

	/** One page of a filter's matches; {@code scan} (may be null) is reported on stderr. */
	public void render(ImportPage page, OutputFormat format, ScanSummary scan) {
		PageSink sink = openList(format);
		sink.page(page.data(), 1);
		sink.close(page.hasMore(), page.nextCursor(), scan);
	}

	/** A list written page by page as it is fetched; the caller numbers rows and closes it once. */
	public PageSink openList(OutputFormat format) {
		return switch (format.effective(io.tty())) {
			case AUTO, TABLE -> new ImportTableSink(io);
			case TSV -> reportingScan(MachineSinks.tsv(io.out()));
			case JSON -> reportingScan(MachineSinks.json(io.out()));
			case JSONL -> reportingScan(MachineSinks.jsonLines(io.out()));
			case CSV -> reportingScan(MachineSinks.csv(io.out()));
		};
	}

	/** Machine formats print no footer, but a filter's scan summary still goes to stderr: it is not data. */
	private PageSink reportingScan(PageSink data) {
		return new PageSink() {
			@Override
			public void page(List<Import> items, int firstRowNumber) {
				data.page(items, firstRowNumber);
			}

			@Override
			public void close(boolean hasMore, String nextCursor, ScanSummary scan) {
				data.close(hasMore, nextCursor, scan);
				if (scan != null) {
					io.err().print(scan.text() + "\n");
					io.err().flush();
				}
			}

			@Override
			public void abandon(String resumeCursor) {
				data.abandon(resumeCursor);
			}
		};
	}
}
