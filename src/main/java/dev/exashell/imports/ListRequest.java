package dev.exashell.imports;

import dev.exashell.cli.OptionKey;
import dev.exashell.cli.UsageException;
import dev.exashell.session.Position;
import java.util.Set;

/**
 * A validated listing request: page size, where to start, which statuses to keep (empty = all)
 * and, for a filtered scan, how many API pages it may read (0 = no bound).
 */
public record ListRequest(int limit, Position start, Set<String> statuses, int maxPages) {

	public static final int DEFAULT_LIMIT = 25;
	public static final int MAX_LIMIT = 200;
	/** {@code --limit N} of list and filter: the page size. */
	static final OptionKey<Integer> LIMIT = OptionKey.integer("limit");
	static final String LIMIT_HINT = "the API returns 1 to 200 imports a page (default 25)";

	public ListRequest {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new UsageException("--limit must be between 1 and " + MAX_LIMIT + ", got " + limit,
					LIMIT_HINT);
		}
		if (start.cursor() != null && start.cursor().isBlank()) {
			throw new UsageException("--cursor must not be empty",
					"leave --cursor out for the first page, or pass a nextCursor from -o json");
		}
		if (maxPages < 0) {
			throw new UsageException("--max-pages must be 1 or more, got " + maxPages, null);
		}
		statuses = Set.copyOf(statuses);
	}

	public boolean filtered() {
		return !statuses.isEmpty();
	}
}
