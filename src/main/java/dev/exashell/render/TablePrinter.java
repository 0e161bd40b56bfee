package dev.exashell.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Aligned columns fitted to a terminal width, after go-gh's {@code tableprinter}: two spaces
 * between columns, no trailing spaces, widths in display columns. When a table is too wide the
 * shrinkable columns give way in rank order down to their minimum (cut cells end in {@code …});
 * if that is not enough, droppable columns are removed in rank order (see {@link #fit}); if even
 * that is not enough, the last-resort columns (ids) are cut from the start ({@code …wj40nzv0}), and
 * then the columns of drop rank {@link #LATE_DROP} or more go too. An optional column is shown
 * only when some row has something in it, and when dropped is the first to be put back. Only a table that cannot fit at all runs past the
 * width: a row is never broken across lines.
 */
final class TablePrinter {

	/** Drop ranks from this one up go only after the last-resort columns have been cut. */
	static final int LATE_DROP = 100;

	/**
	 * @param shrinkRank 0 never shrinks; otherwise lower ranks shrink first
	 * @param minWidth the narrowest a shrinking (or last-resort) column may get
	 * @param dropRank 0 never dropped; otherwise lower ranks are dropped first
	 * @param lastResort cut from the start, keeping the end, only when nothing else helps
	 * @param optional shown only when some row's cell is not empty
	 */
	record Column(String header, boolean alignRight, int shrinkRank, int minWidth, int dropRank, boolean lastResort,
			boolean optional) {

		Column(String header, boolean alignRight, int shrinkRank, int minWidth, int dropRank) {
			this(header, alignRight, shrinkRank, minWidth, dropRank, false, false);
		}

		static Column fixed(String header, boolean alignRight, int dropRank) {
			return new Column(header, alignRight, 0, 0, dropRank);
		}

		/** A column of ids: never dropped, cut to {@code …} and its last characters as a last resort. */
		static Column id(String header, int minWidth) {
			return new Column(header, false, 0, minWidth, 0, true, false);
		}

		Column optionalColumn() {
			return new Column(header, alignRight, shrinkRank, minWidth, dropRank, lastResort, true);
		}
	}

	/** One cell: text already escaped for the terminal, and its style (used only with colour). */
	record Cell(String text, AttributedStyle style) {

		static Cell plain(String text) {
			return new Cell(text, AttributedStyle.DEFAULT);
		}
	}

	/** The columns shown, in order, and each column's width (indexed like the column list). */
	record Layout(List<Integer> visible, int[] widths) {
	}

	private static final String GAP = "  ";

	private final List<Column> columns;

	private final int maxWidth;

	private final boolean color;

	/** @param maxWidth the terminal width; 0 or less means unlimited */
	TablePrinter(List<Column> columns, int maxWidth, boolean color) {
		this.columns = List.copyOf(columns);
		this.maxWidth = maxWidth;
		this.color = color;
	}

	/**
	 * The layout for these rows. Each column is at least as wide as {@code floor} says (null for
	 * none), so a streamed table's blocks line up unless a page holds something wider. With
	 * {@code keep} non-null exactly those columns are shown; otherwise droppable columns go, lowest
	 * rank first, until the rest fit, and then any dropped column that fits after all comes back.
	 */
	Layout fit(List<List<Cell>> rows, List<Integer> keep, int[] floor) {
		int[] natural = naturalWidths(rows, floor);
		if (keep != null) {
			return new Layout(keep, shrunk(keep, natural, true));
		}
		List<Integer> visible = IntStream.range(0, columns.size())
			.filter(i -> !columns.get(i).optional() || rows.stream().anyMatch(row -> !row.get(i).text().isEmpty()))
			.boxed()
			.collect(Collectors.toList());
		List<Integer> dropped = new ArrayList<>();
		dropUntilFits(visible, dropped, natural, false);
		if (!fits(visible, shrunk(visible, natural, false))) {
			dropUntilFits(visible, dropped, natural, true);
			return new Layout(List.copyOf(visible), shrunk(visible, natural, true));
		}
		dropped.sort(Comparator.comparing((Integer i) -> !columns.get(i).optional()));
		for (int i : dropped) {
			List<Integer> trial = Stream.concat(visible.stream(), Stream.of(i)).sorted().toList();
			if (fits(trial, shrunk(trial, natural, false))) {
				visible = new ArrayList<>(trial);
			}
		}
		return new Layout(List.copyOf(visible), shrunk(visible, natural, false));
	}

	/** Drops columns, lowest rank first (late ones only when {@code late}), until the rest fit; records them first-dropped last. */
	private void dropUntilFits(List<Integer> visible, List<Integer> dropped, int[] natural, boolean late) {
		List<Integer> droppable = droppable(visible, late);
		while (!fits(visible, shrunk(visible, natural, late)) && !droppable.isEmpty()) {
			visible.remove(droppable.get(0));
			dropped.add(0, droppable.get(0));
			droppable = droppable(visible, late);
		}
	}

	private List<Integer> droppable(List<Integer> visible, boolean late) {
		return ranked(visible, Column::dropRank).stream()
			.filter(i -> late || columns.get(i).dropRank() < LATE_DROP)
			.toList();
	}

	/**
	 * {@code natural} with shrinkable columns cut, in rank order, as far as needed or allowed;
	 * then, with {@code lastResort}, the last-resort columns too.
	 */
	private int[] shrunk(List<Integer> visible, int[] natural, boolean lastResort) {
		int[] widths = natural.clone();
		int excess = maxWidth <= 0 ? 0 : total(visible, widths) - maxWidth;
		List<Integer> order = new ArrayList<>(ranked(visible, Column::shrinkRank));
		if (lastResort) {
			visible.stream().filter(i -> columns.get(i).lastResort()).forEach(order::add);
		}
		for (int i : order) {
			int cut = Math.max(0, Math.min(excess, widths[i] - columns.get(i).minWidth()));
			widths[i] -= cut;
			excess -= cut;
		}
		return widths;
	}

	private boolean fits(List<Integer> visible, int[] widths) {
		return maxWidth <= 0 || total(visible, widths) <= maxWidth;
	}

	String header(Layout layout) {
		return line(layout, columns.stream().map(Column::header).map(Cell::plain).toList());
	}

	String row(Layout layout, List<Cell> cells) {
		return line(layout, cells);
	}

	private String line(Layout layout, List<Cell> cells) {
		AttributedStringBuilder line = new AttributedStringBuilder();
		List<Integer> visible = layout.visible();
		for (int k = 0; k < visible.size(); k++) {
			int i = visible.get(k);
			String text = columns.get(i).lastResort() ? TerminalText.keepEnd(cells.get(i).text(), layout.widths()[i])
					: TerminalText.truncate(cells.get(i).text(), layout.widths()[i]);
			String padding = " ".repeat(Math.max(0, layout.widths()[i] - TerminalText.width(text)));
			boolean last = k == visible.size() - 1;
			line.append(k == 0 ? "" : GAP).append(columns.get(i).alignRight() ? padding : "");
			line.styled(cells.get(i).style(), text);
			line.append(columns.get(i).alignRight() || last ? "" : padding);
		}
		return color ? line.toAnsi() : line.toString();
	}

	private int[] naturalWidths(List<List<Cell>> rows, int[] floor) {
		int[] widths = columns.stream().mapToInt((c) -> TerminalText.width(c.header())).toArray();
		for (int i = 0; floor != null && i < widths.length; i++) {
			widths[i] = Math.max(widths[i], floor[i]);
		}
		for (List<Cell> row : rows) {
			for (int i = 0; i < widths.length; i++) {
				widths[i] = Math.max(widths[i], TerminalText.width(row.get(i).text()));
			}
		}
		return widths;
	}

	private static int total(List<Integer> visible, int[] widths) {
		return visible.stream().mapToInt((i) -> widths[i]).sum() + GAP.length() * Math.max(0, visible.size() - 1);
	}

	private List<Integer> ranked(List<Integer> visible, ToIntFunction<Column> rank) {
		return visible.stream()
			.filter((i) -> rank.applyAsInt(columns.get(i)) > 0)
			.sorted(Comparator.comparingInt((Integer i) -> rank.applyAsInt(columns.get(i))))
			.toList();
	}
}
