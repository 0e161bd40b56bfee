package dev.exashell.api;

import java.util.List;

/**
 * The ids of one page, for {@link ImportWalk}'s window of recent ids: packed into one string
 * with their hashes and ends beside it, so a window of 10,000 ids is a few objects per page
 * rather than three per id (string, bytes, set entry), which every young collection copied while
 * the window held them (about two thirds of the collections' work in a long walk).
 */
final class PageIds {

	private final String packed;
	private final int[] hashes;
	private final int[] ends;
	private final int count;
	private final boolean hasNull;

	PageIds(List<Import> data) {
		StringBuilder text = new StringBuilder(data.size() * 24);
		hashes = new int[data.size()];
		ends = new int[data.size()];
		int n = 0;
		boolean nulls = false;
		for (Import item : data) {
			String id = item.id();
			if (id == null) {
				nulls = true;
				continue;
			}
			text.append(id);
			hashes[n] = id.hashCode();
			ends[n++] = text.length();
		}
		packed = text.toString();
		count = n;
		hasNull = nulls;
	}

	/** How many ids the page had (null counted once, repeats each time). */
	int size() {
		return count + (hasNull ? 1 : 0);
	}

	boolean contains(String id) {
		if (id == null) {
			return hasNull;
		}
		int hash = id.hashCode();
		for (int i = 0, start = 0; i < count; start = ends[i++]) {
			if (hashes[i] == hash && ends[i] - start == id.length() && packed.startsWith(id, start)) {
				return true;
			}
		}
		return false;
	}
}
