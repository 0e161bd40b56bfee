package dev.exashell.render;

import static dev.exashell.render.Fixtures.failed;
import static dev.exashell.render.Fixtures.withEntity;
import static dev.exashell.render.Fixtures.withMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** show on narrow terminals: long values go on below their label, broken between words, never inside one. */
class NarrowDetailTests {

	private static final Import LONG = withMetadata(withEntity(
			failed("imp_05pf0ntbnn5943mfxmg6", "Hospital procurement leads — Q3 2026, merged from three exports",
					"invalid_format", "The file is not valid CSV: line 3 has an unclosed quote"),
			new Entity("custom", "Series A fintech startups in Europe")), "source", "a long metadata value here");

	@Test
	void at40ColumnsLongValuesWrapUnderTheirLabel() {
		CapturedIo io = CapturedIo.terminal(40);
		new ImportDetailRenderer(io.io()).render(LONG, OutputFormat.TABLE);
		assertThat(io.out()).isEqualTo("""
				ID         imp_05pf0ntbnn5943mfxmg6
				Status     ✗ failed
				Reason     invalid_format
				Message    The file is not valid CSV:
				           line 3 has an unclosed quote
				Failed at  2026-11-30 11:57:30 UTC ·
				           2 min ago
				Title      Hospital procurement leads —
				           Q3 2026, merged from three
				           exports
				Format     csv
				Entity     custom — Series A fintech
				           startups in Europe
				Count      0
				Created    2026-11-30 11:57:00 UTC ·
				           3 min ago
				Updated    2026-11-30 11:57:30 UTC ·
				           2 min ago
				Metadata   source: a long metadata value
				           here
				""");
	}

	@ParameterizedTest(name = "{0} columns")
	@ValueSource(ints = { 40, 60, 80, 100, 120 })
	void noLineIsWiderThanTheTerminalAndNoWordIsSplit(int width) {
		CapturedIo narrow = CapturedIo.terminal(width);
		new ImportDetailRenderer(narrow.io()).render(LONG, OutputFormat.TABLE);
		CapturedIo unlimited = CapturedIo.terminal(0);
		new ImportDetailRenderer(unlimited.io()).render(LONG, OutputFormat.TABLE);

		assertThat(narrow.out().lines()).allSatisfy(line -> assertThat(TerminalText.width(line)).isLessThanOrEqualTo(width));
		assertThat(narrow.out().split("\\s+")).containsExactly(unlimited.out().split("\\s+"));
	}
}
