package dev.exashell.api;

import static dev.exashell.api.StubServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.testing.FakeClock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Walking pages lazily by cursor. */
class ImportPagerTests {

	/** Serves scripted pages by cursor (null for the first) and records every list call. */
	private static final class PagedApi implements ListOnlyApi {

		private final Map<String, ImportPage> pages;

		private final List<String> calls = new ArrayList<>();

		PagedApi(Map<String, ImportPage> pages) {
			this.pages = pages;
		}

		@Override
		public ImportPage list(String cursor, Integer limit) {
			calls.add(cursor + "/" + limit);
			return pages.get(cursor == null ? "first" : cursor);
		}

	}

	private static ImportPage page(String nextCursor, boolean hasMore, String... ids) {
		return new ImportPage(Arrays.stream(ids).map(ImportPagerTests::imported).collect(Collectors.toList()), hasMore,
				nextCursor);
	}

	private static Import imported(String id) {
		return new Import(id, "import", ImportStatus.COMPLETED, "csv", null, id, 1, null, null, null, null, null, null);
	}

	private final PagedApi threePages = new PagedApi(Map.of("first", page("c1", true, "a", "b"), "c1",
			page("c2", true, "c"), "c2", page(null, false, "d", "e")));

	@Test
	void walksEveryPageUntilHasMoreIsFalse() {
		List<String> ids = new ImportPager(threePages, null, 2).items().map(Import::id).toList();

		assertThat(ids).containsExactly("a", "b", "c", "d", "e");
		assertThat(threePages.calls).containsExactly("null/2", "c1/2", "c2/2");
	}

	@Test
	void stopsWhenTheCursorIsNullEvenIfHasMoreSaysOtherwise() {
		PagedApi api = new PagedApi(Map.of("first", page("c1", true, "a"), "c1", page(null, true, "b")));

		assertThat(new ImportPager(api, null, null).items().map(Import::id)).containsExactly("a", "b");
		assertThat(api.calls).containsExactly("null/null", "c1/null");
	}

	@Test
	void stopsOnAnEmptyCursor() {
		PagedApi api = new PagedApi(Map.of("first", page("", true, "a")));

		assertThat(new ImportPager(api, null, null).items()).hasSize(1);
		assertThat(api.calls).hasSize(1);
	}

	@Test
	void fetchesOnlyWhatTheCallerAsksFor() {
		ImportPager pager = new ImportPager(threePages, null, 2);
		assertThat(threePages.calls).isEmpty();

		Iterator<Import> items = pager.itemIterator();
		assertThat(threePages.calls).isEmpty();
		assertThat(items.next().id()).isEqualTo("a");
		assertThat(items.next().id()).isEqualTo("b");
		assertThat(threePages.calls).hasSize(1);
		assertThat(items.next().id()).isEqualTo("c");
		assertThat(threePages.calls).hasSize(2);

		assertThat(new ImportPager(threePages, null, 2).items().limit(3).count()).isEqualTo(3);
		assertThat(threePages.calls).hasSize(4);
	}

	@Test
	void iteratesPagesOneRequestAtATime() {
		int seen = 0;
		for (ImportPage page : new ImportPager(threePages, null, 2)) {
			seen++;
			assertThat(threePages.calls).hasSize(seen);
			assertThat(page.data()).isNotEmpty();
		}
		assertThat(seen).isEqualTo(3);
	}

	@Test
	void startsAtTheGivenCursor() {
		assertThat(new ImportPager(threePages, "c1", 2).items().map(Import::id)).containsExactly("c", "d", "e");
		assertThat(threePages.calls).containsExactly("c1/2", "c2/2");
	}

	@Test
	void stopsWhenTheServerRepeatsACursor() {
		PagedApi looping = new PagedApi(Map.of("first", page("c1", true, "a"), "c1", page("c2", true, "b"), "c2",
				page("c1", true, "c")));
		Iterator<Import> items = new ImportPager(looping, null, null).itemIterator();

		assertThat(List.of(items.next(), items.next())).extracting(Import::id).containsExactly("a", "b");
		assertThatThrownBy(items::hasNext).isInstanceOf(PagingLoopException.class)
			.hasMessage("the API returned cursor c1 again; stopped after 3 pages (2 imports)");
		assertThat(looping.calls).hasSize(3);
	}

	@Test
	void detectsAServerReturningTheStartCursor() {
		PagedApi stuck = new PagedApi(Map.of("s", page("s", true, "a")));

		assertThatThrownBy(() -> new ImportPager(stuck, "s", null).items().count())
			.isInstanceOf(PagingLoopException.class)
			.hasMessage("the API returned cursor s again; stopped after 1 page (0 imports)");
		assertThat(stuck.calls).hasSize(1);
	}

	@Test
	void walksPagesOverHttp() {
		try (StubServer stub = new StubServer()) {
			stub.enqueue(json(200, "{\"data\":[{\"id\":\"a\"}],\"hasMore\":true,\"nextCursor\":\"c 1\"}"),
					json(200, "{\"data\":[{\"id\":\"b\"}],\"hasMore\":false,\"nextCursor\":null}"));
			ExaClient client = TestClients.client(stub, new FakeClock(), HttpTrace.NONE);

			assertThat(new ImportPager(client, null, 1).items().map(Import::id)).containsExactly("a", "b");
			assertThat(stub.requests()).extracting(StubServer.Recorded::rawQuery)
				.containsExactly("limit=1", "cursor=c%201&limit=1");
		}
	}
}
