package dev.exashell.imports;

import dev.exashell.session.PageState;

/** A page to show, and for a filtered scan what it took to find it: API pages read, imports looked at, matches. */
public record PageResult(PageState page, ScanStats scan) {

	/** Work done by a filtered scan; {@code null} in {@link PageResult} for a plain listing. */
	public record ScanStats(int pages, long scanned, int matched) {
	}

	public boolean filtered() {
		return scan != null;
	}
}
