package dev.exashell.api;

import java.util.Locale;

/**
 * A walk through the list stopped because the server is paging in a loop: it returned a cursor
 * the walk had already followed, or a page holding only imports the walk had already received.
 * Not transient: asking again gets the same answer.
 */
public class PagingLoopException extends ExaException {

	private static final int CURSOR_SHOWN = 40;

	public PagingLoopException(String message) {
		super(message);
	}

	/** {@code the API returned cursor C again; stopped after N pages (M imports)}. */
	static PagingLoopException repeatedCursor(String cursor, int pages, long imports) {
		return new PagingLoopException("the API returned cursor " + shorten(cursor) + " again; " + stopped(pages, imports));
	}

	/** A page at a cursor not seen before, but with nothing in it the walk had not received already. */
	static PagingLoopException nothingNew(String cursor, int pages, long imports) {
		return new PagingLoopException("the API returned only imports it had already sent, at cursor " + shorten(cursor)
				+ "; " + stopped(pages, imports));
	}

	private static String stopped(int pages, long imports) {
		return "stopped after " + count(pages, "page", "pages") + " (" + count(imports, "import", "imports") + ")";
	}

	private static String count(long n, String one, String many) {
		return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
	}

	private static String shorten(String cursor) {
		return ErrorBodies.oneLine(cursor == null ? "(none)" : cursor, CURSOR_SHOWN);
	}
}
