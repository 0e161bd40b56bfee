package dev.exashell.render;

import dev.exashell.api.Import;
import java.util.List;

/**
 * A list being written as it is fetched: call {@link #page} once per page (possibly never), then
 * {@link #close} exactly once. Nothing but the current page is held, so {@code list --all} over
 * thousands of imports needs no more memory than one page. Output is flushed after every page.
 */
public interface PageSink {

	/**
	 * @param items this page's imports, in order
	 * @param firstRowNumber the {@code #} of the first item (1 for a single page; later pages of a
	 * streamed list continue the count)
	 */
	void page(List<Import> items, int firstRowNumber);

	/** Ends the list: closes the JSON document, writes the terminal footer. */
	default void close(boolean hasMore, String nextCursor) {
		close(hasMore, nextCursor, null);
	}

	/** As {@link #close(boolean, String)}, for a filter: {@code scan} (may be null) is reported on stderr. */
	void close(boolean hasMore, String nextCursor, ScanSummary scan);

	/**
	 * The walk stopped on an error (instead of {@link #close}): leave what was written well formed.
	 * A started JSON document is closed with {@code hasMore: true} and {@code resumeCursor}; the
	 * line formats and the table need nothing.
	 */
	default void abandon(String resumeCursor) {
	}
}
