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

/** Lists in the machine formats: TSV, JSON, JSONL, CSV, with chatter kept off stdout. */
class ImportListMachineTests {

	private static final ImportPage MIXED = new ImportPage(mixedPage(), true, "cur_2");

	private static final ImportPage EMPTY = new ImportPage(List.of(), false, null);

	static Stream<Arguments> piped() {
		return Stream.of(Arguments.of(OutputFormat.AUTO, """
				imp_a1b2c3	completed	Q3 leads	company	csv	1204	2026-11-30T11:57:00Z\t
				imp_d4e5f6	failed	broken.csv	person	csv	0	2026-11-30T10:00:00Z\t
				imp_g7h8i9	processing	Series A fintech startups in Europe and North America	custom	csv	12345	2026-11-30T11:59:15Z\t
				imp_j0k1l2	pending	日本語のタイトル	research_paper	csv	7	2026-11-29T06:00:00Z\t
				imp_m3n4o5	canceled	tab\\there, "quoted"\\nline2		csv	1	2026-08-27T12:00:00Z\t
				"""), Arguments.of(OutputFormat.CSV, """
				id,status,format,entity,entityDescription,title,count,metadata,failedReason,failedAt,failedMessage,createdAt,updatedAt\r
				imp_a1b2c3,completed,csv,company,,Q3 leads,1204,{},,,,2026-11-30T11:57:00Z,2026-11-30T11:57:30Z\r
				imp_d4e5f6,failed,csv,person,,broken.csv,0,{},,,,2026-11-30T10:00:00Z,2026-11-30T10:00:30Z\r
				imp_g7h8i9,processing,csv,custom,Series A fintech,Series A fintech startups in Europe and North America,12345,{},,,,2026-11-30T11:59:15Z,2026-11-30T11:59:45Z\r
				imp_j0k1l2,pending,csv,research_paper,,日本語のタイトル,7,{},,,,2026-11-29T06:00:00Z,2026-11-29T06:00:30Z\r
				imp_m3n4o5,canceled,csv,,,"tab	here, ""quoted""
				line2",1,{},,,,2026-08-27T12:00:00Z,2026-08-27T12:00:30Z\r
				"""), Arguments.of(OutputFormat.JSONL, """
				{"id":"imp_a1b2c3","object":"import","status":"completed","format":"csv","entity":{"type":"company"},"title":"Q3 leads","count":1204,"metadata":{},"failedReason":null,"failedAt":null,"failedMessage":null,"createdAt":"2026-11-30T11:57:00Z","updatedAt":"2026-11-30T11:57:30Z"}
				{"id":"imp_d4e5f6","object":"import","status":"failed","format":"csv","entity":{"type":"person"},"title":"broken.csv","count":0,"metadata":{},"failedReason":null,"failedAt":null,"failedMessage":null,"createdAt":"2026-11-30T10:00:00Z","updatedAt":"2026-11-30T10:00:30Z"}
				{"id":"imp_g7h8i9","object":"import","status":"processing","format":"csv","entity":{"type":"custom","description":"Series A fintech"},"title":"Series A fintech startups in Europe and North America","count":12345,"metadata":{},"failedReason":null,"failedAt":null,"failedMessage":null,"createdAt":"2026-11-30T11:59:15Z","updatedAt":"2026-11-30T11:59:45Z"}
				{"id":"imp_j0k1l2","object":"import","status":"pending","format":"csv","entity":{"type":"research_paper"},"title":"日本語のタイトル","count":7,"metadata":{},"failedReason":null,"failedAt":null,"failedMessage":null,"createdAt":"2026-11-29T06:00:00Z","updatedAt":"2026-11-29T06:00:30Z"}
				{"id":"imp_m3n4o5","object":"import","status":"canceled","format":"csv","entity":null,"title":"tab\\there, \\"quoted\\"\\nline2","count":1,"metadata":{},"failedReason":null,"failedAt":null,"failedMessage":null,"createdAt":"2026-08-27T12:00:00Z","updatedAt":"2026-08-27T12:00:30Z"}
				"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("piped")
	void writesOneRecordPerImportWithRawValuesWhenPiped(OutputFormat format, String out) {
		CapturedIo io = CapturedIo.piped();
		new ImportListRenderer(io.io()).render(MIXED, format);
		assertThat(io.out()).isEqualTo(out);
		assertThat(io.err()).isEmpty();
	}

	@Test
	void writesTheApiEnvelopeAsPrettyJson() {
		CapturedIo io = CapturedIo.piped();
		ImportPage page = new ImportPage(List.of(Fixtures.withEntity(imp("imp_1", "completed", "Q3 leads"), null)),
				true, "cur_2");
		new ImportListRenderer(io.io()).render(page, OutputFormat.JSON);
		assertThat(io.out()).isEqualTo("""
				{
				  "data": [
				    {
				      "id": "imp_1",
				      "object": "import",
				      "status": "completed",
				      "format": "csv",
				      "entity": null,
				      "title": "Q3 leads",
				      "count": 1204,
				      "metadata": {},
				      "failedReason": null,
				      "failedAt": null,
				      "failedMessage": null,
				      "createdAt": "2026-11-30T11:57:00Z",
				      "updatedAt": "2026-11-30T11:57:30Z"
				    }
				  ],
				  "hasMore": true,
				  "nextCursor": "cur_2"
				}
				""");
	}

	@Test
	void writesJsonWhatTheApiReturnedEvenOnATerminal() {
		CapturedIo terminal = CapturedIo.terminal(80);
		CapturedIo piped = CapturedIo.piped();
		new ImportListRenderer(terminal.io()).render(MIXED, OutputFormat.JSON);
		new ImportListRenderer(piped.io()).render(MIXED, OutputFormat.JSON);
		assertThat(terminal.out()).isEqualTo(piped.out());
		assertThat(terminal.err()).isEmpty();
		assertThat(OutputJson.mapper().readValue(piped.out(), ImportPage.class)).isEqualTo(MIXED);
	}

	static Stream<Arguments> emptyPiped() {
		return Stream.of(Arguments.of(OutputFormat.TSV, ""), Arguments.of(OutputFormat.JSONL, ""),
				Arguments.of(OutputFormat.CSV, ImportRecords.CSV_COLUMNS.stream().reduce((a, b) -> a + "," + b).get() + "\r\n"),
				Arguments.of(OutputFormat.JSON, """
						{
						  "data": [],
						  "hasMore": false,
						  "nextCursor": null
						}
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyPiped")
	void writesAnEmptyPageAsNoRecordsAndNoChatter(OutputFormat format, String out) {
		CapturedIo io = CapturedIo.piped();
		new ImportListRenderer(io.io()).render(EMPTY, format);
		assertThat(io.out()).isEqualTo(out);
		assertThat(io.err()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("machineFormats")
	void reportsAFiltersScanSummaryOnStderrWhenPiped(OutputFormat format) {
		CapturedIo io = CapturedIo.piped();
		new ImportListRenderer(io.io()).render(MIXED, format, new ScanSummary(3, 1204, 5));
		assertThat(io.err()).isEqualTo("scanned 3 pages · 1,204 imports · 5 matched\n");
	}

	static Stream<OutputFormat> machineFormats() {
		return Stream.of(OutputFormat.TSV, OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.CSV);
	}

	@Test
	void pipedTsvEndsEachLineWithTheFailedReasonEmptyForOthers() {
		CapturedIo io = CapturedIo.piped();
		ImportPage page = new ImportPage(List.of(Fixtures.failed("imp_1", "bad", "invalid_format", "not CSV"),
				imp("imp_2", "completed", "ok")), false, null);
		new ImportListRenderer(io.io()).render(page, OutputFormat.TSV);
		assertThat(io.out()).isEqualTo("""
				imp_1\tfailed\tbad\tcompany\tcsv\t0\t2026-11-30T11:57:00Z\tinvalid_format
				imp_2\tcompleted\tok\tcompany\tcsv\t1204\t2026-11-30T11:57:00Z\t
				""");
	}

	@Test
	void escapesEscAndBelInTsvAndCsvButNotInJson() {
		ImportPage page = new ImportPage(List.of(imp("imp_1", "completed", "evil\u001b[2J\u0007 back\\slash")), false,
				null);
		CapturedIo tsv = CapturedIo.piped();
		new ImportListRenderer(tsv.io()).render(page, OutputFormat.TSV);
		CapturedIo csv = CapturedIo.piped();
		new ImportListRenderer(csv.io()).render(page, OutputFormat.CSV);
		CapturedIo jsonl = CapturedIo.piped();
		new ImportListRenderer(jsonl.io()).render(page, OutputFormat.JSONL);

		assertThat(tsv.out()).isEqualTo(
				"imp_1\tcompleted\tevil\\x1b[2J\\x07 back\\\\slash\tcompany\tcsv\t1204\t2026-11-30T11:57:00Z\t\n");
		assertThat(csv.out().lines().skip(1).findFirst()).hasValue(
				"imp_1,completed,csv,company,,evil\\x1b[2J\\x07 back\\slash,1204,{},,,,2026-11-30T11:57:00Z,2026-11-30T11:57:30Z");
		assertThat(jsonl.out()).contains("\"title\":\"evil\\u001B[2J\\u0007 back\\\\slash\"");
		assertThat(tsv.out() + csv.out()).doesNotContain("\u001b", "\u0007");
	}
}
