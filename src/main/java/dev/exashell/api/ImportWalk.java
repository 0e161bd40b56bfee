package dev.exashell.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * One walk through {@code GET /v0/imports}, from a cursor (null: the first page) and an offset in
 * that page, one request at a time. Every command that reads several pages walks with this, so it
 * is the one place a server paging in a loop is caught: a page whose {@code nextCursor} is a cursor
 * this walk already fetched, or whose imports (past the offset) are all among the last
 * {@value #RECENT_IDS} the walk received (the ids of the latest pages that hold at least that
 * many), ends it with a {@link PagingLoopException} saying how many pages were fetched and how
 * many imports were handed out. Only the current page is held, and that bounded window of
 * recent ids, packed page by page ({@link PageIds}: dropping a page is free, and the collector
 * copies a few objects per page), so memory stays flat over any number of pages.
 *
 * <p>A page can be taken whole ({@link #nextPage}) or import by import ({@link #fetch} then
 * {@link #next} while {@link #buffered}); {@link #resumeCursor} and {@link #resumeSkip} say where
 * the next import is. A failed request changes nothing: calling again retries the same page.
 */
public final class ImportWalk {

	static final int RECENT_IDS = 10_000;

	private final ImportsApi api;
	private final Integer pageSize;
	private final Set<String> fetchedCursors = new HashSet<>();
	private final Deque<PageIds> recentPages = new ArrayDeque<>();
	private int recentIds;
	private final String startCursor;
	private final int startSkip;
	private String cursor;
	private ImportPage page;
	private int index;
	private int pages;
	private long imports;

	/**
	 * @param pageSize the {@code limit} of each request, or null for the server's default
	 * @param cursor where to start, or null for the first page
	 * @param skip imports of the first page to pass over (shown before, so they count as received)
	 */
	public ImportWalk(ImportsApi api, Integer pageSize, String cursor, int skip) {
		this.api = Objects.requireNonNull(api, "api");
		this.pageSize = pageSize;
		this.startCursor = cursor;
		this.startSkip = skip;
	}

	/** Fetches the next page and takes it whole: its imports past the offset. */
	public List<Import> nextPage() {
		List<Import> fresh = fetch();
		index = page.data().size();
		return fresh;
	}

	/**
	 * Fetches the next page and holds it, for {@link #next}; returns its imports past the offset.
	 *
	 * @throws NoSuchElementException if the last page was fetched already
	 * @throws PagingLoopException if the page shows the server is looping
	 */
	public List<Import> fetch() {
		if (finished()) {
			throw new NoSuchElementException("the last page was fetched already");
		}
		String at = page == null ? startCursor : page.nextCursor();
		int from = page == null ? startSkip : 0;
		ImportPage fetched = api.list(at, pageSize);
		pages++;
		if (at != null) {
			fetchedCursors.add(at);
		}
		List<Import> data = fetched.data();
		List<Import> fresh = data.subList(Math.min(from, data.size()), data.size());
		if (!fetched.isLast() && fetchedCursors.contains(fetched.nextCursor())) {
			throw PagingLoopException.repeatedCursor(fetched.nextCursor(), pages, imports);
		}
		if (!fresh.isEmpty() && fresh.stream().allMatch(item -> isRecent(item.id()))) {
			throw PagingLoopException.nothingNew(at, pages, imports);
		}
		remember(data);
		imports += fresh.size();
		cursor = at;
		page = fetched;
		index = data.size() - fresh.size();
		return fresh;
	}

	private boolean isRecent(String id) {
		for (PageIds ids : recentPages) {
			if (ids.contains(id)) {
				return true;
			}
		}
		return false;
	}

	/** Adds the page's ids to the window, then drops the oldest pages not needed to hold the last {@value #RECENT_IDS}. */
	private void remember(List<Import> data) {
		PageIds ids = new PageIds(data);
		recentPages.addLast(ids);
		recentIds += ids.size();
		while (recentIds - recentPages.getFirst().size() >= RECENT_IDS) {
			recentIds -= recentPages.removeFirst().size();
		}
	}

	/** Whether the page fetched last still holds an import not handed out: {@link #next} needs no request. */
	public boolean buffered() {
		return page != null && index < page.data().size();
	}

	/** The next import of the page fetched last. */
	public Import next() {
		if (!buffered()) {
			throw new NoSuchElementException("fetch the next page first");
		}
		return page.data().get(index++);
	}

	/** Nothing is buffered and the page fetched last was the last one. */
	public boolean finished() {
		return !buffered() && page != null && page.isLast();
	}

	/** The cursor of the page the next import is on (null: the first page); meaningless once finished. */
	public String resumeCursor() {
		return page == null ? startCursor : buffered() ? cursor : page.nextCursor();
	}

	/** How many imports of that page come before the next one. */
	public int resumeSkip() {
		return page == null ? startSkip : buffered() ? index : 0;
	}

	/** The page fetched last as the API sent it, or null before the first. */
	public ImportPage lastPage() {
		return page;
	}

	/** Pages fetched so far (requests that were answered). */
	public int pages() {
		return pages;
	}

	/** Imports handed out so far (past the offset). */
	public long imports() {
		return imports;
	}
}
