package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.render.TablePrinter.Cell;
import dev.exashell.render.TablePrinter.Column;
import dev.exashell.render.TablePrinter.Layout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal list: a header, then one aligned block per page, then a footer on stderr.
 * Column widths are computed per page, never narrower than the block before (so blocks line up
 * with the header unless a page holds something wider); the first non-empty page decides which
 * columns are shown and the header is written once, with it. Columns: {@code # ID STATUS REASON
 * TITLE ENTITY FORMAT COUNT CREATED}, REASON ({@code failedReason}) only when the page holds a
 * failed import; TITLE shrinks first, then ENTITY; on a narrow terminal REASON, FORMAT, ENTITY,
 * COUNT and CREATED are dropped in that order, and put back (CREATED first) if they fit after all.
 * Narrower still, ids keep only their end ({@code …wj40nzv0}; the row number still works), and
 * then TITLE goes.
 */
final class ImportTableSink implements PageSink {

	static final List<Column> COLUMNS = List.of(
			Column.fixed("#", true, 0),
			Column.id("ID", 9),
			Column.fixed("STATUS", false, 0),
			Column.fixed("REASON", false, 1).optionalColumn(),
			new Column("TITLE", false, 1, 10, TablePrinter.LATE_DROP),
			new Column("ENTITY", false, 2, 6, 3),
			Column.fixed("FORMAT", false, 2),
			Column.fixed("COUNT", true, 4),
			Column.fixed("CREATED", false, 5));

	private final Io io;

	private final TablePrinter printer;

	private List<Integer> visibleColumns;

	private int[] widthsSoFar;

	private long shown;

	ImportTableSink(Io io) {
		this.io = io;
		this.printer = new TablePrinter(COLUMNS, io.width(), io.color());
	}

	@Override
	public void page(List<Import> items, int firstRowNumber) {
		if (items.isEmpty()) {
			return;
		}
		Instant now = io.clock().instant();
		List<List<Cell>> rows = new ArrayList<>(items.size());
		for (int k = 0; k < items.size(); k++) {
			rows.add(cells(items.get(k), firstRowNumber + k, now));
		}
		Layout layout = printer.fit(rows, visibleColumns, widthsSoFar);
		widthsSoFar = layout.widths();
		if (visibleColumns == null) {
			visibleColumns = layout.visible();
			io.out().print(printer.header(layout) + "\n");
		}
		rows.forEach((row) -> io.out().print(printer.row(layout, row) + "\n"));
		io.out().flush();
		shown += items.size();
	}

	@Override
	public void close(boolean hasMore, String nextCursor, ScanSummary scan) {
		if (shown == 0) {
			io.err().print((scan == null ? "no imports" : "no matching imports") + "\n");
		}
		io.err().print(Footer.text(shown, hasMore, scan) + "\n");
		io.err().flush();
	}

	private static List<Cell> cells(Import i, int rowNumber, Instant now) {
		return List.of(
				Cell.plain(String.valueOf(rowNumber)),
				Cell.plain(TerminalText.safe(i.id())),
				new Cell(StatusStyle.label(i.status()), StatusStyle.style(i.status())),
				Cell.plain(reason(i)),
				Cell.plain(TerminalText.safe(i.title())),
				Cell.plain(i.entity() == null ? TerminalText.ABSENT : TerminalText.safe(i.entity().type())),
				Cell.plain(TerminalText.safe(i.format())),
				Cell.plain(TerminalText.thousands(i.count())),
				Cell.plain(i.createdAt() == null ? TerminalText.ABSENT : RelativeTime.format(i.createdAt(), now)));
	}

	/** A failed import's {@code failedReason} ({@code —} if it has none); empty for any other. */
	private static String reason(Import i) {
		if (!DetailView.hasFailure(i)) {
			return "";
		}
		return TerminalText.safe(i.failedReason());
	}
}
