package dev.exashell.session;

import dev.exashell.api.Import;
import java.util.List;

/**
 * The page the session is looking at: its imports, where it started, where the next page starts
 * ({@code null} at the end of the list), the API's own {@code hasMore}/{@code nextCursor} from the
 * last response, and the page size asked for.
 */
public record PageState(List<Import> items, Position start, Position next, boolean apiHasMore, String apiNextCursor,
		int limit) {

	public PageState {
		items = List.copyOf(items);
	}

	public boolean isLast() {
		return next == null;
	}
}
