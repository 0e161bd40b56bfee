package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportsApi;
import dev.exashell.imports.PageResult.ScanStats;
import dev.exashell.session.PageState;
import dev.exashell.session.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches one page to show from a {@link Position}. Unfiltered, that is one API call. Filtered,
 * the API cannot help, so it scans API pages of 200 until it has {@code limit} matches, reaches
 * the end or hits {@code maxPages}, and records exactly where it stopped so the next page
 * resumes there: no import repeated, none skipped.
 */
public final class PageFetcher {

	private static final int SCAN_PAGE_SIZE = 200;

	private final ImportsApi api;

	public PageFetcher(ImportsApi api) {
		this.api = api;
	}

	public PageResult fetch(ListRequest request) {
		return request.filtered() ? scan(request) : plain(request);
	}

	private PageResult plain(ListRequest request) {
		Position start = request.start();
		ImportPage page = api.list(start.cursor(), request.limit());
		List<Import> items = page.data().subList(Math.min(start.skip(), page.data().size()), page.data().size());
		Position next = page.isLast() ? null : Position.at(page.nextCursor());
		return new PageResult(new PageState(items, start, next, page.hasMore(), page.nextCursor(), request.limit(),
				request.statuses()), null);
	}

	private PageResult scan(ListRequest request) {
		List<Import> matches = new ArrayList<>();
		Position at = request.start();
		int pages = 0;
		long scanned = 0;
		ImportPage page = null;
		while (at != null && matches.size() < request.limit()
				&& (request.maxPages() == 0 || pages < request.maxPages())) {
			page = api.list(at.cursor(), SCAN_PAGE_SIZE);
			pages++;
			List<Import> data = page.data();
			Position resume = null;
			for (int i = at.skip(); i < data.size(); i++) {
				scanned++;
				if (StatusFilter.matches(request.statuses(), data.get(i))) {
					matches.add(data.get(i));
					if (matches.size() == request.limit() && i + 1 < data.size()) {
						resume = new Position(at.cursor(), i + 1);
						break;
					}
				}
			}
			at = resume != null ? resume : page.isLast() ? null : Position.at(page.nextCursor());
		}
		boolean stoppedEarly = at != null && matches.size() < request.limit();
		ScanStats stats = new ScanStats(pages, scanned, matches.size(), stoppedEarly);
		boolean apiHasMore = page != null && page.hasMore();
		String apiNext = page == null ? null : page.nextCursor();
		return new PageResult(new PageState(matches, request.start(), at, apiHasMore, apiNext, request.limit(),
				request.statuses()), stats);
	}
}
