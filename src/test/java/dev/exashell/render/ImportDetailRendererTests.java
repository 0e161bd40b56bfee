package dev.exashell.render;

import static dev.exashell.render.Fixtures.failed;
import static dev.exashell.render.Fixtures.imp;
import static dev.exashell.render.Fixtures.withEntity;
import static dev.exashell.render.Fixtures.withMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportDetailRendererTests {

	private static final Import COMPLETED = withMetadata(imp("imp_a1b2c3", "completed", "Q3 leads"), "source", "crm",
			"owner", "ana\tlee");

	private static final Import MISSING_URLS = withEntity(
			failed("imp_d4e5f6", "broken.csv", "missing_identifier", "No column of URLs found"),
			new Entity("custom", "Series A fintech"));

	static Stream<Arguments> terminal() {
		return Stream.of(Arguments.of("completed, with metadata", COMPLETED, """
				ID         imp_a1b2c3
				Status     ✓ completed
				Title      Q3 leads
				Format     csv
				Entity     company
				Count      1,204
				Created    2026-11-30 11:57:00 UTC · 3 min ago
				Updated    2026-11-30 11:57:30 UTC · 2 min ago
				Metadata   source: crm
				           owner: ana\\tlee
				""", ""),
				Arguments.of("processing, no metadata, no entity", withEntity(imp("imp_x", "processing", "日本語"), null),
						"""
								ID         imp_x
								Status     ● processing
								Title      日本語
								Format     csv
								Entity     —
								Count      1,204
								Created    2026-11-30 11:57:00 UTC · 3 min ago
								Updated    2026-11-30 11:57:30 UTC · 2 min ago
								Metadata   none
								""",
						""),
				Arguments.of("failed: the failure follows Status, the hint goes to stderr", MISSING_URLS, """
						ID         imp_d4e5f6
						Status     ✗ failed
						Reason     missing_identifier
						Message    No column of URLs found
						Failed at  2026-11-30 11:57:30 UTC · 2 min ago
						Title      broken.csv
						Format     csv
						Entity     custom — Series A fintech
						Count      0
						Created    2026-11-30 11:57:00 UTC · 3 min ago
						Updated    2026-11-30 11:57:30 UTC · 2 min ago
						Metadata   none
						""", "hint: the file needs a column of URLs; pass --identifier N to name it\n"),
				Arguments.of("failed for a reason this client does not know: no hint",
						failed("imp_z", "z.csv", "quota_exceeded", "Too many\nrows"), """
								ID         imp_z
								Status     ✗ failed
								Reason     quota_exceeded
								Message    Too many\\nrows
								Failed at  2026-11-30 11:57:30 UTC · 2 min ago
								Title      z.csv
								Format     csv
								Entity     company
								Count      0
								Created    2026-11-30 11:57:00 UTC · 3 min ago
								Updated    2026-11-30 11:57:30 UTC · 2 min ago
								Metadata   none
								""", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("terminal")
	void showsALabelledBlockOnATerminal(String name, Import item, String out, String err) {
		CapturedIo io = CapturedIo.terminal(80);
		new ImportDetailRenderer(io.io()).render(item, OutputFormat.TABLE);
		assertThat(io.out()).isEqualTo(out);
		assertThat(io.err()).isEqualTo(err);
	}

	static Stream<Arguments> hints() {
		return Stream.of(
				Arguments.of("missing_identifier", "hint: the file needs a column of URLs; pass --identifier N to name it\n"),
				Arguments.of("invalid_file_content", "hint: the file was empty or had no data rows\n"),
				Arguments.of("invalid_format", "hint: the file is not CSV text (UTF-8, comma-separated)\n"),
				Arguments.of("something_new", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hints")
	void hintsWhatToDoForEachKnownFailureReason(String reason, String err) {
		CapturedIo io = CapturedIo.terminal(80);
		new ImportDetailRenderer(io.io()).render(failed("imp_1", "f.csv", reason, "m"), OutputFormat.TABLE);
		assertThat(io.err()).isEqualTo(err);
	}

	@Test
	void makesTheFailureStandOutInColour() {
		CapturedIo io = CapturedIo.colourTerminal(80);
		new ImportDetailRenderer(io.io()).render(MISSING_URLS, OutputFormat.TABLE);
		String esc = "\u001b";
		assertThat(io.out()).startsWith("""
				ID         imp_d4e5f6
				Status     %1$s[31m✗ failed%1$s[0m
				%1$s[31;1mReason%1$s[0m     missing_identifier
				%1$s[31;1mMessage%1$s[0m    No column of URLs found
				%1$s[31;1mFailed at%1$s[0m  2026-11-30 11:57:30 UTC · 2 min ago
				Title      broken.csv
				""".formatted(esc));
	}

	@Test
	void writesFieldTabValueLinesWhenPiped() {
		CapturedIo io = CapturedIo.piped();
		new ImportDetailRenderer(io.io()).render(withMetadata(MISSING_URLS, "source", "crm\\export", "k\tey", "v"),
				OutputFormat.AUTO);
		assertThat(io.out()).isEqualTo("""
				id	imp_d4e5f6
				object	import
				status	failed
				format	csv
				entity	custom
				entity.description	Series A fintech
				title	broken.csv
				count	0
				metadata.source	crm\\\\export
				metadata.k\\tey	v
				failedReason	missing_identifier
				failedAt	2026-11-30T11:57:30Z
				failedMessage	No column of URLs found
				createdAt	2026-11-30T11:57:00Z
				updatedAt	2026-11-30T11:57:30Z
				""");
		assertThat(io.err()).isEmpty();
	}

	@Test
	void leavesAbsentValuesEmptyWhenPiped() {
		CapturedIo io = CapturedIo.piped();
		new ImportDetailRenderer(io.io()).render(COMPLETED, OutputFormat.TSV);
		assertThat(io.out().lines().filter((l) -> l.startsWith("entity.") || l.startsWith("failed")))
			.containsExactly("entity.description\t", "failedReason\t", "failedAt\t", "failedMessage\t");
	}

	@Test
	void writesTheApiObjectAsPrettyJson() {
		CapturedIo io = CapturedIo.terminal(80);
		new ImportDetailRenderer(io.io()).render(MISSING_URLS, OutputFormat.JSON);
		assertThat(io.out()).isEqualTo("""
				{
				  "id": "imp_d4e5f6",
				  "object": "import",
				  "status": "failed",
				  "format": "csv",
				  "entity": {
				    "type": "custom",
				    "description": "Series A fintech"
				  },
				  "title": "broken.csv",
				  "count": 0,
				  "metadata": {},
				  "failedReason": "missing_identifier",
				  "failedAt": "2026-11-30T11:57:30Z",
				  "failedMessage": "No column of URLs found",
				  "createdAt": "2026-11-30T11:57:00Z",
				  "updatedAt": "2026-11-30T11:57:30Z"
				}
				""");
		assertThat(io.err()).as("no hint outside the human view").isEmpty();
	}

	@Test
	void writesTheApiObjectOnOneLineAsJsonl() {
		CapturedIo io = CapturedIo.piped();
		new ImportDetailRenderer(io.io()).render(COMPLETED, OutputFormat.JSONL);
		assertThat(io.out()).isEqualTo("""
				{"id":"imp_a1b2c3","object":"import","status":"completed","format":"csv","entity":{"type":"company"},\
				"title":"Q3 leads","count":1204,"metadata":{"source":"crm","owner":"ana\\tlee"},"failedReason":null,\
				"failedAt":null,"failedMessage":null,"createdAt":"2026-11-30T11:57:00Z","updatedAt":"2026-11-30T11:57:30Z"}
				""");
	}

	@Test
	void writesACsvHeaderAndOneRow() {
		CapturedIo io = CapturedIo.piped();
		new ImportDetailRenderer(io.io()).render(withMetadata(MISSING_URLS, "note", "a, b"), OutputFormat.CSV);
		assertThat(io.out()).isEqualTo("""
				id,status,format,entity,entityDescription,title,count,metadata,failedReason,failedAt,failedMessage,createdAt,updatedAt\r
				imp_d4e5f6,failed,csv,custom,Series A fintech,broken.csv,0,"{""note"":""a, b""}",missing_identifier,\
				2026-11-30T11:57:30Z,No column of URLs found,2026-11-30T11:57:00Z,2026-11-30T11:57:30Z\r
				""");
	}
}
