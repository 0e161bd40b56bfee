package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportWalk;
import dev.exashell.api.ImportsApi;
import dev.exashell.cli.IoSource;
import dev.exashell.imports.PageResult.ScanStats;
import dev.exashell.render.WalkProgress;
import dev.exashell.session.PageState;
import dev.exashell.session.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches one page to show from a {@link Position}. Unfiltered, that is one API call. Filtered,
 * the API cannot help, so it scans API pages of 200 until it has {@code limit} matches, reaches
 * the end or hits {@code maxPages}, and records exactly where it stopped so the next page
 * resumes there: no import repeated, none skipped. Both go through an {@link ImportWalk}, so a
 * server paging in a loop is an error, not an endless scan; on a terminal a scan longer than a
 * second shows its progress on stderr. A page from a position inside an API page (a cursor with
 * an offset, given back by the user) is read the same way, unfiltered.
 */
final class PageFetcher {

	private final ImportsApi api;
	private final IoSource io;

	public PageFetcher(ImportsApi api, IoSource io) {
		this.api = api;
		this.io = io;
	}

	public PageResult fetch(ListRequest request) {
		return request.filtered() || request.start().skip() > 0 ? scan(request) : plain(request);
	}

	private PageResult plain(ListRequest request) {
		Position start = request.start();
		ImportWalk walk = new ImportWalk(api, request.limit(), start.cursor(), start.skip());
		List<Import> items = walk.nextPage();
		ImportPage page = walk.lastPage();
		Position next = page.isLast() ? null : Position.at(page.nextCursor());
		return new PageResult(new PageState(items, start, next, page.hasMore(), page.nextCursor(), request.limit(),
				request.statuses()), null);
	}

	private PageResult scan(ListRequest request) {
		List<Import> matches = new ArrayList<>();
		ImportWalk walk = new ImportWalk(api, Position.SCAN_PAGE, request.start().cursor(), request.start().skip());
		WalkProgress progress = new WalkProgress(io.io());
		long scanned = 0;
		try {
			while (matches.size() < request.limit()) {
				if (walk.buffered()) {
					Import item = walk.next();
					scanned++;
					if (StatusFilter.matches(request.statuses(), item)) {
						matches.add(item);
					}
				}
				else if (walk.finished() || request.maxPages() > 0 && walk.pages() >= request.maxPages()) {
					break;
				}
				else {
					if (walk.pages() > 0) {
						progress.update(walk.pages(), walk.imports(), (long) matches.size());
					}
					walk.fetch();
				}
			}
		}
		finally {
			progress.clear();
		}
		Position at = walk.finished() ? null : new Position(walk.resumeCursor(), walk.resumeSkip());
		ScanStats stats = request.filtered() ? new ScanStats(walk.pages(), scanned, matches.size()) : null;
		ImportPage last = walk.lastPage();
		return new PageResult(new PageState(matches, request.start(), at, last != null && last.hasMore(),
				last == null ? null : last.nextCursor(), request.limit(), request.statuses()), stats);
	}
}
