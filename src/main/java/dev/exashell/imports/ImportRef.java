package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.cli.UsageException;
import dev.exashell.session.Session;
import java.util.Optional;

/**
 * What the user typed to name an import: an id, or a row number of the current page
 * ({@code show 3}). Checks the id before any request so obvious mistakes fail with exit 2: a row
 * number is a whole number from 1, and anything else that looks like a number ({@code -1},
 * {@code +1}, {@code 1.0}) is refused rather than sent as an id.
 */
public record ImportRef(String id, Import fromPage) {

	static final int MAX_ID_LENGTH = 512;

	public static ImportRef resolve(String text, Session session) {
		if (text.isBlank()) {
			throw new UsageException("the import id is empty", "give an id such as imp_… or a row number from list");
		}
		if (text.matches("\\d{1,9}")) {
			int row = Integer.parseInt(text);
			Import item = session.row(row).orElseThrow(() -> rowError(text, session));
			return new ImportRef(item.id(), item);
		}
		if (text.matches("\\d+")) {
			throw rowError(text, session);
		}
		if (text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)")) {
			int size = session.page().map(p -> p.items().size()).orElse(0);
			throw new UsageException("'" + text + "' is not a row number: rows are whole numbers from 1",
					size == 0 ? "give an import id, or run list and give a row number"
							: "pick a row from 1 to " + size + ", or give an import id");
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_ID_LENGTH) {
			throw new UsageException("the import id is " + length + " characters long; ids are at most "
					+ MAX_ID_LENGTH, "copy the id from list or -o json");
		}
		return new ImportRef(text, null);
	}

	private static UsageException rowError(String row, Session session) {
		int size = session.page().map(p -> p.items().size()).orElse(0);
		if (session.page().isEmpty()) {
			return new UsageException("there is no row " + row + ": nothing has been listed yet",
					"run list first, then show a row number, or give an import id");
		}
		if (size == 0) {
			return new UsageException("there is no row " + row + ": the current page is empty", "run list");
		}
		return new UsageException("there is no row " + row + " on the current page (rows 1-" + size + ")",
				"pick a row from 1 to " + size + ", or give an import id");
	}

	public Optional<Import> cached() {
		return Optional.ofNullable(fromPage);
	}
}
