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
 * if that is not enough, droppable columns are removed in rank order (see {@link #fit}). If even
 * that does not fit, the row runs past the width: a row is never broken across lines.
 */
final class TablePrinter {

	/**
	 * @param shrinkRank 0 never shrinks; otherwise lower ranks shrink first
	 * @param minWidth the narrowest a shrinking column may get
	 * @param dropRank 0 never dropped; otherwise lower ranks are dropped first
	 */
	record Column(String header, boolean alignRight, int shrinkRank, int minWidth, int dropRank) {

		static Column fixed(String header, boolean alignRight, int dropRank) {
			return new Column(header, alignRight, 0, 0, dropRank);
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
			return new Layout(keep, shrunk(keep, natural));
		}
		List<Integer> visible = IntStream.range(0, columns.size()).boxed().collect(Collectors.toList());
		List<Integer> dropped = new ArrayList<>();
		List<Integer> droppable = ranked(visible, Column::dropRank);
		while (!fits(visible, shrunk(visible, natural)) && !droppable.isEmpty()) {
			visible.remove(droppable.get(0));
			dropped.add(0, droppable.get(0));
			droppable = ranked(visible, Column::dropRank);
		}
		for (int i : dropped) {
			List<Integer> trial = Stream.concat(visible.stream(), Stream.of(i)).sorted().toList();
			if (fits(trial, shrunk(trial, natural))) {
				visible = new ArrayList<>(trial);
			}
		}
		return new Layout(List.copyOf(visible), shrunk(visible, natural));
	}

	/** {@code natural} with shrinkable columns cut, in rank order, as far as needed or allowed. */
	private int[] shrunk(List<Integer> visible, int[] natural) {
		int[] widths = natural.clone();
		int excess = maxWidth <= 0 ? 0 : total(visible, widths) - maxWidth;
		for (int i : ranked(visible, Column::shrinkRank)) {
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
			String text = TerminalText.truncate(cells.get(i).text(), layout.widths()[i]);
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
