package dev.exashell.watch;

import java.util.Collection;

/**
 * When to read imports from the list endpoint instead of one GET each, counted in requests.
 *
 * <p>Each watched import has a position: its index in the newest-first list when it was last seen
 * there, or a lower bound when a walk passed its spot without meeting it; one never located counts
 * as position 0. Reading the first {@code K} pages of {@value #PAGE_SIZE} costs {@code K} requests
 * and covers positions below {@code 200·K}; every other import costs one GET. {@link #pages} picks
 * the {@code K} with the fewest requests, {@code K + (imports at position ≥ 200·K)}, ties going to
 * fewer pages ({@code K = 0}: GET only). So one import is always fetched with GET, and 500 new
 * imports take 3 requests instead of 500.
 *
 * <p>New imports push old ones down the list, so a walk may read on past {@code K}:
 * {@link #readOn} allows another page while some import the walk is meant to cover is still
 * missing and fewer pages have been read than imports are missing. The walk also stops at the
 * last page, and once a page's oldest {@code createdAt} is older than every missing import's
 * (the list is newest first, so those were deleted). Imports the pages did not show are then
 * fetched with GET in the same round.
 */
final class ListPlan {

	static final int PAGE_SIZE = 200;

	private ListPlan() {
	}

	/** How many pages to read for active imports at these positions (null: never located). */
	static int pages(Collection<Integer> positions) {
		int n = positions.size();
		if (n < 2) {
			return 0;
		}
		int deepest = positions.stream().mapToInt(p -> p == null ? 0 : p).max().orElse(0);
		int most = deepest / PAGE_SIZE + 1;
		int[] onPage = new int[most];
		positions.forEach(p -> onPage[(p == null ? 0 : p) / PAGE_SIZE]++);
		int best = 0;
		long bestCost = n;
		int covered = 0;
		for (int k = 1; k <= most; k++) {
			covered += onPage[k - 1];
			long cost = k + (n - covered);
			if (cost < bestCost) {
				bestCost = cost;
				best = k;
			}
		}
		return best;
	}

	/** Whether a walk reads another page after {@code read} pages of {@code planned}, {@code missing} imports unseen. */
	static boolean readOn(int read, int planned, int missing) {
		return missing > 0 && (read < planned || read < missing);
	}

	/** Positions below this are covered by {@code pages} pages. */
	static long coveredBelow(int pages) {
		return (long) pages * PAGE_SIZE;
	}
}
