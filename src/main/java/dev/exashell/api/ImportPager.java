package dev.exashell.api;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks {@code GET /v0/imports} page by page, lazily: a page is fetched only when the caller asks
 * past the previous one, and only the current page is held. Stops when a page says
 * {@link ImportPage#isLast()}. A page showing that the server is looping ends the walk with a
 * {@link PagingLoopException} (see {@link ImportWalk}, which does the walking).
 * Each {@link #iterator()} (and each {@link #items()}) starts a new walk.
 */
public final class ImportPager implements Iterable<ImportPage> {

	private final ImportsApi api;

	private final String startCursor;

	private final Integer pageSize;

	/**
	 * @param startCursor where to start, or null for the first page
	 * @param pageSize the {@code limit} of each request, or null for the server's default (25)
	 */
	public ImportPager(ImportsApi api, String startCursor, Integer pageSize) {
		this.api = Objects.requireNonNull(api, "api");
		this.startCursor = startCursor;
		this.pageSize = pageSize;
	}

	@Override
	public Iterator<ImportPage> iterator() {
		return new Pages();
	}

	/** Every import of every page, in order. */
	public Iterator<Import> itemIterator() {
		Iterator<ImportPage> pages = iterator();
		return new Iterator<>() {
			private Iterator<Import> current = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && pages.hasNext()) {
					current = pages.next().data().iterator();
				}
				return current.hasNext();
			}

			@Override
			public Import next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return current.next();
			}
		};
	}

	/** {@link #itemIterator()} as a sequential stream; {@code limit(n)} fetches only the pages it needs. */
	public Stream<Import> items() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(itemIterator(), Spliterator.ORDERED), false);
	}

	private final class Pages implements Iterator<ImportPage> {

		private final ImportWalk walk = new ImportWalk(api, pageSize, startCursor, 0);

		private ImportPage fetched;

		@Override
		public boolean hasNext() {
			if (fetched == null && !walk.finished()) {
				walk.nextPage();
				fetched = walk.lastPage();
			}
			return fetched != null;
		}

		@Override
		public ImportPage next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			ImportPage page = fetched;
			fetched = null;
			return page;
		}
	}
}
