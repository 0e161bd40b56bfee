package dev.exashell.render;

import static dev.exashell.render.Fixtures.failed;
import static dev.exashell.render.Fixtures.imp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ImportPage;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-length ids and failed imports at 40 to 120 columns: a REASON column, ids cut from the start, no row wider than the terminal. */
class NarrowTableTests {

	static final ImportPage PAGE = new ImportPage(List.of(
			imp("imp_05pf0ntbnnaawj40nzv0", "processing", "Series A fintech startups", "company", 12_345,
					Duration.ofSeconds(45)),
			failed("imp_etpvjrewn7p7vjmzj92e", "broken.csv", "invalid_format", "not CSV"),
			failed("imp_mkf1k2ye0hrbjawp1csb", "no urls", "missing_identifier", "no URL column"),
			imp("imp_a1b2c3d4e5f6g7h8i9j0", "completed", "Q3 leads")), true, "cur_2");

	static Stream<Arguments> widths() {
		return Stream.of(
				Arguments.of("40: ids keep their end, the row number still works", 40, """
					#  ID           STATUS        TITLE
					1  …aawj40nzv0  ● processing  Series A …
					2  …p7vjmzj92e  ✗ failed      broken.csv
					3  …rbjawp1csb  ✗ failed      no urls
					4  …f6g7h8i9j0  ✓ completed   Q3 leads
					"""),
				Arguments.of("60: REASON dropped first, ids whole", 60, """
					#  ID                        STATUS        TITLE
					1  imp_05pf0ntbnnaawj40nzv0  ● processing  Series A fintech…
					2  imp_etpvjrewn7p7vjmzj92e  ✗ failed      broken.csv
					3  imp_mkf1k2ye0hrbjawp1csb  ✗ failed      no urls
					4  imp_a1b2c3d4e5f6g7h8i9j0  ✓ completed   Q3 leads
					"""),
				Arguments.of("80: COUNT and CREATED come back", 80, """
					#  ID                        STATUS        TITLE               COUNT  CREATED
					1  imp_05pf0ntbnnaawj40nzv0  ● processing  Series A fintech…  12,345  45 sec ago
					2  imp_etpvjrewn7p7vjmzj92e  ✗ failed      broken.csv              0  3 min ago
					3  imp_mkf1k2ye0hrbjawp1csb  ✗ failed      no urls                 0  3 min ago
					4  imp_a1b2c3d4e5f6g7h8i9j0  ✓ completed   Q3 leads            1,204  3 min ago
					"""),
				Arguments.of("100: every column but REASON", 100, """
					#  ID                        STATUS        TITLE                 ENTITY   FORMAT   COUNT  CREATED
					1  imp_05pf0ntbnnaawj40nzv0  ● processing  Series A fintech st…  company  csv     12,345  45 sec ago
					2  imp_etpvjrewn7p7vjmzj92e  ✗ failed      broken.csv            company  csv          0  3 min ago
					3  imp_mkf1k2ye0hrbjawp1csb  ✗ failed      no urls               company  csv          0  3 min ago
					4  imp_a1b2c3d4e5f6g7h8i9j0  ✓ completed   Q3 leads              company  csv      1,204  3 min ago
					"""),
				Arguments.of("120: REASON shows each failedReason", 120, """
					#  ID                        STATUS        REASON              TITLE                 ENTITY   FORMAT   COUNT  CREATED
					1  imp_05pf0ntbnnaawj40nzv0  ● processing                      Series A fintech st…  company  csv     12,345  45 sec ago
					2  imp_etpvjrewn7p7vjmzj92e  ✗ failed      invalid_format      broken.csv            company  csv          0  3 min ago
					3  imp_mkf1k2ye0hrbjawp1csb  ✗ failed      missing_identifier  no urls               company  csv          0  3 min ago
					4  imp_a1b2c3d4e5f6g7h8i9j0  ✓ completed                       Q3 leads              company  csv      1,204  3 min ago
					"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("widths")
	void fitsEveryRowToTheWidthWithoutWrapping(String name, int width, String table) {
		CapturedIo io = CapturedIo.terminal(width);
		new ImportListRenderer(io.io()).render(PAGE, OutputFormat.TABLE);
		assertThat(io.out()).isEqualTo(table);
		assertThat(io.out().lines()).allSatisfy(line -> assertThat(TerminalText.width(line)).isLessThanOrEqualTo(width));
	}

	@Test
	void aPageWithoutFailedImportsHasNoReasonColumn() {
		CapturedIo io = CapturedIo.terminal(200);
		new ImportListRenderer(io.io()).render(new ImportPage(List.of(imp("imp_1", "completed", "a")), false, null),
				OutputFormat.TABLE);
		assertThat(io.out()).startsWith("#  ID     STATUS       TITLE  ENTITY");
	}
}
