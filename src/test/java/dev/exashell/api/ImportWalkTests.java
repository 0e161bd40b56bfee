package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one walker: where it stops a server paging in a loop, with what message, after how many requests. */
class ImportWalkTests {

	/** Answers list calls with the scripted pages (or failures) in order and records each cursor asked for. */
	private static final class ScriptedList implements ListOnlyApi {

		private final Deque<Object> answers = new ArrayDeque<>();

		private final List<String> cursors = new ArrayList<>();

		ScriptedList(Object... answers) {
			this.answers.addAll(Arrays.asList(answers));
		}

		@Override
		public ImportPage list(String cursor, Integer limit) {
			cursors.add(cursor);
			Object answer = answers.removeFirst();
			if (answer instanceof RuntimeException failure) {
				throw failure;
			}
			return (ImportPage) answer;
		}

	}

	private static ImportPage page(String nextCursor, String... ids) {
		return new ImportPage(Arrays.stream(ids).map(ImportWalkTests::imported).toList(), nextCursor != null, nextCursor);
	}

	private static Import imported(String id) {
		return new Import(id, "import", ImportStatus.COMPLETED, "csv", null, id, 1, null, null, null, null, null, null);
	}

	private static List<String> ids(List<Import> imports) {
		return imports.stream().map(Import::id).toList();
	}

	@Test
	void aServerAnsweringTheSamePageAndCursorIsStoppedAtTheSecondRequest() {
		ScriptedList stale = new ScriptedList(page("c1", "a", "b"), page("c1", "a", "b"), page("c1", "a", "b"));
		ImportWalk walk = new ImportWalk(stale, 200, null, 0);

		assertThat(ids(walk.nextPage())).containsExactly("a", "b");
		assertThatThrownBy(walk::nextPage).isInstanceOf(PagingLoopException.class)
			.hasMessage("the API returned cursor c1 again; stopped after 2 pages (2 imports)");
		assertThat(stale.cursors).containsExactly(null, "c1");
	}

	@Test
	void aCursorFromAnyEarlierPageCountsAsALoop() {
		ScriptedList cycle = new ScriptedList(page("c1", "a"), page("c2", "b"), page("c3", "c"), page("c1", "d"));
		ImportWalk walk = new ImportWalk(cycle, null, null, 0);
		walk.nextPage();
		walk.nextPage();
		walk.nextPage();

		assertThatThrownBy(walk::nextPage).hasMessage("the API returned cursor c1 again; stopped after 4 pages (3 imports)");
		assertThat(cycle.cursors).containsExactly(null, "c1", "c2", "c3");
	}

	@Test
	void freshCursorsOverImportsAlreadyReceivedAreALoopToo() {
		ScriptedList renamed = new ScriptedList(page("c1", "a", "b"), page("c2", "b", "a"));
		ImportWalk walk = new ImportWalk(renamed, 2, null, 0);
		walk.nextPage();

		assertThatThrownBy(walk::nextPage).isInstanceOf(PagingLoopException.class)
			.hasMessage("the API returned only imports it had already sent, at cursor c1; stopped after 2 pages (2 imports)");
	}

	@Test
	void aPageWithOneNewImportAndEmptyPagesGoOn() {
		ScriptedList api = new ScriptedList(page("c1", "a", "b"), page("c2", "b", "c"), page("c3"), page(null, "d"));
		ImportWalk walk = new ImportWalk(api, 2, null, 0);
		List<String> seen = new ArrayList<>();
		while (!walk.finished()) {
			seen.addAll(ids(walk.nextPage()));
		}

		assertThat(seen).containsExactly("a", "b", "b", "c", "d");
		assertThat(walk.pages()).isEqualTo(4);
		assertThat(walk.imports()).isEqualTo(5);
	}

	/** The window holds the last {@value ImportWalk#RECENT_IDS} ids received: one more and the oldest is forgotten. */
	@Test
	void anImportIsRecentForTheNextTenThousandImportsReceived() {
		assertThat(revisitAfter(ImportWalk.RECENT_IDS - 1)).isInstanceOf(PagingLoopException.class)
			.hasMessageContaining("only imports it had already sent");
		assertThat(revisitAfter(ImportWalk.RECENT_IDS)).isNull();
	}

	/** Walks page [a], then {@code between} other imports in pages of up to 200, then [a] again: what that last page threw. */
	private static RuntimeException revisitAfter(int between) {
		List<Object> pages = new ArrayList<>(List.of(page("c0", "a")));
		for (int first = 0; first < between; first += 200) {
			int from = first;
			String[] ids = new String[Math.min(200, between - from)];
			Arrays.setAll(ids, i -> "i" + (from + i));
			pages.add(page("c" + (from + 1), ids));
		}
		pages.add(page(null, "a"));
		ImportWalk walk = new ImportWalk(new ScriptedList(pages.toArray()), 200, null, 0);
		try {
			while (!walk.finished()) {
				walk.nextPage();
			}
			return null;
		}
		catch (RuntimeException e) {
			return e;
		}
	}

	@Test
	void importsSkippedOnTheFirstPageCountAsReceived() {
		ScriptedList api = new ScriptedList(page("c1", "a", "b", "c"), page("c2", "a", "b"));
		ImportWalk walk = new ImportWalk(api, 3, "c0", 2);

		assertThat(ids(walk.nextPage())).containsExactly("c");
		assertThatThrownBy(walk::nextPage)
			.hasMessage("the API returned only imports it had already sent, at cursor c1; stopped after 2 pages (1 import)");
	}

	@Test
	void aServerPointingAPageBackAtItselfIsStoppedAtOnce() {
		ScriptedList stuck = new ScriptedList(page("s", "a"));

		assertThatThrownBy(() -> new ImportWalk(stuck, null, "s", 0).nextPage())
			.hasMessage("the API returned cursor s again; stopped after 1 page (0 imports)");
		assertThat(stuck.cursors).hasSize(1);
	}

	@Test
	void aLongCursorIsShownCutToFortyCharacters() {
		String cursor = "djF8MTc5NDU3NDkwMjEzOHxpbXBfa25mcTRkNjIxMHM1cTBicG5yZDI.WTAj3LxTGEcrhJTKBdpiiA";
		ScriptedList stale = new ScriptedList(page(cursor, "a"), page(cursor, "a"));
		ImportWalk walk = new ImportWalk(stale, null, null, 0);
		walk.nextPage();

		assertThatThrownBy(walk::nextPage).hasMessage(
				"the API returned cursor djF8MTc5NDU3NDkwMjEzOHxpbXBfa25mcTRkNjIx… again; stopped after 2 pages (1 import)");
	}

	@Test
	void aFailedRequestChangesNothingSoTheNextCallRetriesTheSamePage() {
		ScriptedList flaky = new ScriptedList(page("c1", "a"), new ServerException(503, "busy", null, null, null),
				page(null, "b"));
		ImportWalk walk = new ImportWalk(flaky, null, null, 0);
		walk.nextPage();

		assertThatThrownBy(walk::nextPage).isInstanceOf(ServerException.class);
		assertThat(ids(walk.nextPage())).containsExactly("b");
		assertThat(flaky.cursors).containsExactly(null, "c1", "c1");
		assertThat(walk.pages()).isEqualTo(2);
		assertThat(walk.finished()).isTrue();
	}

	@Test
	void importByImportItSaysWhereTheNextOneIs() {
		ScriptedList api = new ScriptedList(page("c1", "a", "b"), page(null, "c"));
		ImportWalk walk = new ImportWalk(api, 2, null, 0);
		walk.fetch();

		assertThat(walk.next().id()).isEqualTo("a");
		assertThat(List.of(walk.resumeCursor() == null ? "first" : walk.resumeCursor(), walk.resumeSkip()))
			.containsExactly("first", 1);
		assertThat(walk.next().id()).isEqualTo("b");
		assertThat(walk.buffered()).isFalse();
		assertThat(walk.finished()).isFalse();
		assertThat(List.of(walk.resumeCursor(), walk.resumeSkip())).containsExactly("c1", 0);
		walk.fetch();
		assertThat(walk.next().id()).isEqualTo("c");
		assertThat(walk.finished()).isTrue();
		assertThat(api.cursors).hasSize(2);
	}

	@Test
	void walksEveryPageFromTheGivenCursorUntilTheLastWithItsPageSize() {
		ScriptedList api = new ScriptedList(page("c2", "c"), page(null, "d", "e"));
		ImportWalk walk = new ImportWalk(api, 2, "c1", 0);

		assertThat(ids(walk.nextPage())).containsExactly("c");
		assertThat(ids(walk.nextPage())).containsExactly("d", "e");
		assertThat(walk.finished()).isTrue();
		assertThat(api.cursors).containsExactly("c1", "c2");
	}

	@Test
	void aNullOrEmptyCursorEndsTheWalkEvenIfHasMoreSaysOtherwise() {
		ScriptedList api = new ScriptedList(page("c1", "a"), new ImportPage(List.of(imported("b")), true, null));
		ImportWalk walk = new ImportWalk(api, null, null, 0);
		walk.nextPage();
		walk.nextPage();
		ImportWalk empty = new ImportWalk(new ScriptedList(new ImportPage(List.of(imported("a")), true, "")), null, null, 0);
		empty.nextPage();

		assertThat(walk.finished()).isTrue();
		assertThat(api.cursors).containsExactly(null, "c1");
		assertThat(empty.finished()).isTrue();
	}
}
