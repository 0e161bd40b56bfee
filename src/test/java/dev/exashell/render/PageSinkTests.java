package dev.exashell.render;

import static dev.exashell.render.Fixtures.imp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code list --all}: three pages streamed through one sink. */
class PageSinkTests {

	private static final List<List<Import>> PAGES = List.of(
			List.of(imp("imp_1", "completed", "first page", "company", 5, Duration.ofMinutes(3)),
					imp("imp_2", "failed", "x", "person", 0, Duration.ofMinutes(4))),
			List.of(imp("imp_3", "processing", "a much longer title on page two", "company", 1_000_000,
					Duration.ofDays(3))),
			List.of(imp("imp_4", "pending", "third", "article", 9, Duration.ofSeconds(5))));

	private static void stream(PageSink sink) {
		int row = 1;
		for (List<Import> page : PAGES) {
			sink.page(page, row);
			row += page.size();
		}
		sink.close(false, null);
	}

	@Test
	void writesTheHeaderOnceAndNeverNarrowsAColumnFromOneBlockToTheNext() {
		CapturedIo io = CapturedIo.terminal(80);
		stream(new ImportListRenderer(io.io()).openList(OutputFormat.TABLE));
		assertThat(io.out()).isEqualTo("""
				#  ID     STATUS       REASON  TITLE       ENTITY   FORMAT  COUNT  CREATED
				1  imp_1  ✓ completed          first page  company  csv         5  3 min ago
				2  imp_2  ✗ failed     —       x           person   csv         0  4 min ago
				3  imp_3  ● processing          a much lo…  compa…  csv     1,000,000  3 days ago
				4  imp_4  ○ pending             third       artic…  csv             9  just now
				""");
		assertThat(io.err()).isEqualTo("4 shown · end of list\n");
	}

	/** COUNT is dropped before CREATED but fits again once CREATED is gone; page two may then overflow. */
	@Test
	void keepsTheFirstPagesColumnsOnANarrowTerminal() {
		CapturedIo io = CapturedIo.terminal(40);
		stream(new ImportListRenderer(io.io()).openList(OutputFormat.TABLE));
		assertThat(io.out()).isEqualTo("""
				#  ID     STATUS       TITLE       COUNT
				1  imp_1  ✓ completed  first page      5
				2  imp_2  ✗ failed     x               0
				3  imp_3  ● processing  a much lo…  1,000,000
				4  imp_4  ○ pending     third               9
				""");
	}

	@Test
	void streamsOneValidJsonDocument() {
		CapturedIo io = CapturedIo.piped();
		stream(new ImportListRenderer(io.io()).openList(OutputFormat.JSON));
		JsonNode doc = OutputJson.mapper().readTree(io.out());
		assertThat(doc.propertyNames()).containsExactly("data", "hasMore", "nextCursor");
		assertThat(doc.get("data").valueStream().map((i) -> i.get("id").asString())).containsExactly("imp_1", "imp_2",
				"imp_3", "imp_4");
		assertThat(doc.get("hasMore").asBoolean()).isFalse();
		assertThat(doc.get("nextCursor").isNull()).isTrue();
		assertThat(OutputJson.mapper().readValue(io.out(), ImportPage.class).data())
			.isEqualTo(PAGES.stream().flatMap(List::stream).toList());
	}

	@Test
	void writesEachPageBeforeTheNextIsFetched() {
		CapturedIo io = CapturedIo.piped();
		PageSink sink = new ImportListRenderer(io.io()).openList(OutputFormat.JSON);
		assertThat(io.out()).as("nothing before the first page").isEmpty();
		sink.page(PAGES.get(0), 1);
		assertThat(io.out()).startsWith("{\n  \"data\": [\n    {\n      \"id\": \"imp_1\"").contains("\"imp_2\"");
	}

	@Test
	void writesTheCsvHeaderOnce() {
		CapturedIo io = CapturedIo.piped();
		stream(new ImportListRenderer(io.io()).openList(OutputFormat.CSV));
		assertThat(io.out().lines()).hasSize(5).first().asString().startsWith("id,status,");
	}

	@Test
	void writesTsvWithNoHeaderOrFooter() {
		CapturedIo io = CapturedIo.piped();
		stream(new ImportListRenderer(io.io()).openList(OutputFormat.AUTO));
		assertThat(io.out().lines().map((l) -> l.split("\t")[0])).containsExactly("imp_1", "imp_2", "imp_3", "imp_4");
		assertThat(io.err()).isEmpty();
	}
}
