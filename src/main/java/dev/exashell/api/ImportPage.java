package dev.exashell.api;

import java.util.List;

/** One page of {@code GET /v0/imports}: the spec's {@code ListImportsResponse}. */
public record ImportPage(List<Import> data, boolean hasMore, String nextCursor) {

	public ImportPage {
		data = data == null ? List.of() : List.copyOf(data);
	}

	/** The paging rule both official SDKs use: stop when hasMore is false or the cursor is null (or empty). */
	public boolean isLast() {
		return !hasMore || nextCursor == null || nextCursor.isEmpty();
	}
}
