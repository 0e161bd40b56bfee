package dev.exashell.watch;

import dev.exashell.api.Import;
import java.util.Objects;

/**
 * One import to watch, as the watch starts: its id and, when a listing has just shown it (for
 * {@code watch --status}), that import and its 0-based position in the newest-first list, which
 * tell the list strategy where to look (see {@link ListPlan}).
 *
 * @param id the import id
 * @param seen the import as just listed, or null
 * @param position its index in the newest-first list, or -1 when unknown
 */
public record WatchTarget(String id, Import seen, int position) {

	public WatchTarget {
		Objects.requireNonNull(id, "id");
		if (seen != null && !seen.id().equals(id)) {
			throw new IllegalArgumentException("the listed import " + seen.id() + " is not " + id);
		}
	}

	/** An import known only by its id. */
	public static WatchTarget of(String id) {
		return new WatchTarget(id, null, -1);
	}

	/** An import a listing showed at {@code position} (0-based, newest first). */
	public static WatchTarget listed(Import item, int position) {
		return new WatchTarget(item.id(), item, position);
	}
}
