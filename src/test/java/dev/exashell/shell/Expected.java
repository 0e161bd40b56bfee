package dev.exashell.shell;

import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportsApi;
import dev.exashell.render.RelativeTime;
import dev.exashell.testing.TestTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the shell should print, worked out from direct API calls and {@code docs/output.md}
 * independently of the renderers, so an end-to-end test compares the shell with the API.
 */
public final class Expected {

	private static final Map<String, String> LABELS = Map.of("completed", "✓ completed", "failed", "✗ failed",
			"processing", "● processing", "pending", "○ pending");

	private Expected() {
	}

	/** Every import, walking the API's pages of 200 by {@code nextCursor}. */
	public static List<Import> allImports(ImportsApi api) {
		List<Import> all = new ArrayList<>();
		String cursor = null;
		ImportPage page;
		do {
			page = api.list(cursor, 200);
			all.addAll(page.data());
			cursor = page.nextCursor();
		}
		while (!page.isLast());
		return all;
	}

	/** The TSV lines of a piped list: id, status, title, entity type, format, count, createdAt, failedReason. */
	public static String tsv(List<Import> imports) {
		return imports.stream().map(Expected::tsvLine).collect(Collectors.joining());
	}

	static String tsvLine(Import i) {
		return String.join("\t", escape(i.id()), i.status().value(), escape(i.title()),
				i.entity() == null ? "" : escape(i.entity().type()), escape(i.format()), Long.toString(i.count()),
				i.createdAt().toString(), i.failedReason() == null ? "" : escape(i.failedReason())) + "\n";
	}

	private static String escape(String value) {
		return value == null ? ""
				: value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	/** The cells of a terminal table row, as the columns {@code # ID STATUS TITLE ENTITY FORMAT COUNT CREATED}. */
	static List<String> tableCells(int row, Import i) {
		return List.of(Integer.toString(row), i.id(), LABELS.get(i.status().value()), i.title(),
				i.entity() == null ? "—" : i.entity().type(), i.format(), String.format(Locale.ROOT, "%,d", i.count()),
				RelativeTime.format(i.createdAt(), TestTime.NOW));
	}

	/** A table line split into its cells: columns are separated by two or more spaces. */
	public static List<String> cellsOf(String tableLine) {
		return List.of(tableLine.strip().split(" {2,}"));
	}

	/** The error for the cursor the sandbox repeats, cut to 40 characters. */
	public static String cursorAgain(String cursor, int pages, int imports) {
		String shown = cursor.length() <= 40 ? cursor : cursor.substring(0, 40) + "…";
		return "error: the API returned cursor " + shown + " again; stopped after " + pages + " pages (" + imports
				+ " imports)\n";
	}

	static List<String> ids(List<Import> imports) {
		return imports.stream().map(Import::id).toList();
	}
}
