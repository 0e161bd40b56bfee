package dev.exashell.session;

import dev.exashell.api.Import;
import java.util.List;
import java.util.Set;

/**
 * The page the session is looking at: its imports, where it started, where the next page starts
 * ({@code null} at the end of the list), the API's own {@code hasMore}/{@code nextCursor} from the
 * last response, the page size asked for and the statuses it was filtered by (empty = all).
 */
public record PageState(List<Import> items, Position start, Position next, boolean apiHasMore, String apiNextCursor,
		int limit, Set<String> statuses) {

	public PageState {
		items = List.copyOf(items);
		statuses = Set.copyOf(statuses);
	}

	public boolean isLast() {
		return next == null;
	}
}
