package dev.exashell.render;

import static dev.exashell.render.Fixtures.imp;
import static dev.exashell.render.Fixtures.mixedPage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ImportPage;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lists on a terminal: the aligned table, its colours and its stderr footer. */
class ImportListTableTests {

	private static final ImportPage MIXED = new ImportPage(mixedPage(), true, "cur_2");

	private static final ImportPage EMPTY = new ImportPage(List.of(), false, null);

	static Stream<Arguments> terminal() {
		return Stream.of(Arguments.of("width 80: REASON is dropped first, TITLE shrinks to its minimum, then ENTITY", 80, MIXED, """
				#  ID          STATUS        TITLE       ENTITY       FORMAT   COUNT  CREATED
				1  imp_a1b2c3  ✓ completed   Q3 leads    company      csv      1,204  3 min ago
				2  imp_d4e5f6  ✗ failed      broken.csv  person       csv          0  2 h ago
				3  imp_g7h8i9  ● processing  Series A …  custom       csv     12,345  45 sec ago
				4  imp_j0k1l2  ○ pending     日本語の…   research_p…  csv          7  yesterday
				5  imp_m3n4o5  ? canceled    tab\\there…  —            csv          1  3 mo ago
				""", "5 shown · more: next\n"),
				Arguments.of("width 100: a failed import adds REASON; only TITLE shrinks", 100, MIXED, """
						#  ID          STATUS        REASON  TITLE                ENTITY          FORMAT   COUNT  CREATED
						1  imp_a1b2c3  ✓ completed           Q3 leads             company         csv      1,204  3 min ago
						2  imp_d4e5f6  ✗ failed      —       broken.csv           person          csv          0  2 h ago
						3  imp_g7h8i9  ● processing          Series A fintech s…  custom          csv     12,345  45 sec ago
						4  imp_j0k1l2  ○ pending             日本語のタイトル     research_paper  csv          7  yesterday
						5  imp_m3n4o5  ? canceled            tab\\there, "quoted…  —               csv          1  3 mo ago
						""", "5 shown · more: next\n"),
				Arguments.of("width 60: FORMAT, then ENTITY are dropped", 60, MIXED, """
						#  ID          STATUS        TITLE         COUNT  CREATED
						1  imp_a1b2c3  ✓ completed   Q3 leads      1,204  3 min ago
						2  imp_d4e5f6  ✗ failed      broken.csv        0  2 h ago
						3  imp_g7h8i9  ● processing  Series A f…  12,345  45 sec ago
						4  imp_j0k1l2  ○ pending     日本語のタ…       7  yesterday
						5  imp_m3n4o5  ? canceled    tab\\there,…       1  3 mo ago
						""", "5 shown · more: next\n"),
				Arguments.of("width 40: only #, ID, STATUS and TITLE are left", 40, MIXED, """
						#  ID          STATUS        TITLE
						1  imp_a1b2c3  ✓ completed   Q3 leads
						2  imp_d4e5f6  ✗ failed      broken.csv
						3  imp_g7h8i9  ● processing  Series A f…
						4  imp_j0k1l2  ○ pending     日本語のタ…
						5  imp_m3n4o5  ? canceled    tab\\there,…
						""", "5 shown · more: next\n"),
				Arguments.of("width 20: ids cut and TITLE dropped; a row too wide even so runs past the width, unbroken", 20,
						new ImportPage(List.of(imp("imp_a1b2c3", "completed", "Q3 leads")), false, null), """
								#  ID         STATUS
								1  …p_a1b2c3  ✓ completed
								""", "1 shown · end of list\n"),
				Arguments.of("empty page: nothing on stdout, a note and the footer on stderr", 80, EMPTY, "", """
						no imports
						0 shown · end of list
						"""),
				Arguments.of("empty page with more behind it", 80, new ImportPage(List.of(), true, "cur_9"), "", """
						no imports
						0 shown · more: next
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("terminal")
	void rendersAnAlignedTableFittedToTheTerminal(String name, int width, ImportPage page, String out, String err) {
		CapturedIo io = CapturedIo.terminal(width);
		new ImportListRenderer(io.io()).render(page, OutputFormat.TABLE);
		assertThat(io.out()).isEqualTo(out);
		assertThat(io.err()).isEqualTo(err);
	}

	@Test
	void coloursOnlyTheStatusWhenColourIsOn() {
		CapturedIo io = CapturedIo.colourTerminal(80);
		ImportPage page = new ImportPage(List.of(imp("imp_1", "completed", "a"), imp("imp_2", "failed", "b"),
				imp("imp_3", "processing", "c"), imp("imp_4", "pending", "d"), imp("imp_5", "canceled", "e")), false,
				null);
		new ImportListRenderer(io.io()).render(page, OutputFormat.TABLE);
		String esc = "\u001b";
		assertThat(io.out()).isEqualTo("""
				#  ID     STATUS        REASON  TITLE  ENTITY   FORMAT  COUNT  CREATED
				1  imp_1  %1$s[32m✓ completed%1$s[0m           a      company  csv     1,204  3 min ago
				2  imp_2  %1$s[31m✗ failed%1$s[0m      —       b      company  csv     1,204  3 min ago
				3  imp_3  %1$s[33m● processing%1$s[0m          c      company  csv     1,204  3 min ago
				4  imp_4  %1$s[2m○ pending%1$s[0m             d      company  csv     1,204  3 min ago
				5  imp_5  ? canceled            e      company  csv     1,204  3 min ago
				""".formatted(esc));
	}

	@Test
	void putsAFiltersScanSummaryInTheFooterOnATerminal() {
		CapturedIo io = CapturedIo.terminal(80);
		ImportPage page = new ImportPage(List.of(imp("imp_1", "failed", "a")), true, "cur_4");
		new ImportListRenderer(io.io()).render(page, OutputFormat.TABLE, new ScanSummary(3, 512, 1));
		assertThat(io.err()).isEqualTo("scanned 3 pages · 512 imports · 1 matched · more: next\n");
	}

	@Test
	void saysNothingMatchedWhenAFilterFindsNothing() {
		CapturedIo io = CapturedIo.terminal(80);
		new ImportListRenderer(io.io()).render(EMPTY, OutputFormat.TABLE, new ScanSummary(1, 25, 0));
		assertThat(io.out()).isEmpty();
		assertThat(io.err()).isEqualTo("""
				no matching imports
				scanned 1 page · 25 imports · 0 matched · end of list
				""");
	}
}
