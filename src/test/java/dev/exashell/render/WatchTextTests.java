package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closing lines, hints and mode choice of watch, for the cases the end-to-end tests do not reach. */
class WatchTextTests {

	private static final Duration WATCHED = Duration.ofSeconds(72);

	private static WatchOutcome outcome(Kind kind, Import last, String message) {
		return new WatchOutcome(kind, last == null ? "imp_1" : last.id(), last, message, null);
	}

	private static String closing(WatchOutcome outcome) {
		return WatchText.closing(outcome, WATCHED, false).orElse(null);
	}

	@Test
	void completedTakesItsTimeFromTheImportsOwnTimestamps() {
		Import done = Fixtures.imp("imp_1", "completed", "Leads");
		assertThat(closing(outcome(Kind.COMPLETED, done, null))).isEqualTo("✓ imp_1 completed in 30s · 1,204 entities");
	}

	@Test
	void failedNamesReasonAndMessageAndAnUnknownFinalStatusIsShownVerbatim() {
		Import failed = Fixtures.failed("imp_1", "Bad", "invalid_format", "not CSV\nat all");
		assertThat(closing(outcome(Kind.FAILED, failed, null))).isEqualTo("✗ imp_1 failed after 30s · invalid_format: not CSV\\nat all");
		Import canceled = Fixtures.imp("imp_2", "canceled", "Gone");
		assertThat(closing(outcome(Kind.FAILED, canceled, null))).isEqualTo("? imp_2 canceled after 30s");
	}

	@Test
	void unfinishedWatchesSayWhereTheyStood() {
		Import pending = Fixtures.imp("imp_1", "pending", "Leads");
		assertThat(closing(outcome(Kind.TIMED_OUT, pending, null))).isEqualTo("○ imp_1 still pending after 1m12s · timed out");
		assertThat(closing(outcome(Kind.INTERRUPTED, pending, "interrupted")))
			.isEqualTo("○ imp_1 still pending after 1m12s · interrupted");
		assertThat(closing(outcome(Kind.TIMED_OUT, null, "HTTP 502: Bad gateway")))
			.isEqualTo("? imp_1 timed out after 1m12s · last error: HTTP 502: Bad gateway");
		assertThat(WatchText.unfinishedPlain(outcome(Kind.TIMED_OUT, null, "HTTP 502: Bad gateway"), WATCHED))
			.isEqualTo("imp_1 timed out after 1m12s (last error: HTTP 502: Bad gateway)");
		assertThat(closing(outcome(Kind.NOT_FOUND, null, "HTTP 404"))).isNull();
	}

	@Test
	void colourGoesOnTheGlyphOnly() {
		Import done = Fixtures.imp("imp_1", "completed", "Leads");
		assertThat(WatchText.closing(outcome(Kind.COMPLETED, done, null), WATCHED, true).orElseThrow())
			.isEqualTo("\033[32m✓\033[0m imp_1 completed in 30s · 1,204 entities");
	}

	@Test
	void oneHintAtMostTheFirstFailureFirst() {
		Import canceled = Fixtures.imp("imp_2", "canceled", "Gone");
		Import failed = Fixtures.failed("imp_3", "Bad", "invalid_file_content", "empty");
		WatchOutcome timedOut = outcome(Kind.TIMED_OUT, Fixtures.imp("imp_1", "pending", "Leads"), null);
		assertThat(WatchText.hint(List.of(timedOut, outcome(Kind.FAILED, canceled, null), outcome(Kind.FAILED, failed, null))))
			.contains("show imp_2 has every field");
		assertThat(WatchText.hint(List.of(timedOut, outcome(Kind.FAILED, failed, null))))
			.contains("the file was empty or had no data rows");
		assertThat(WatchText.hint(List.of(timedOut)))
			.contains("run the same watch again to keep waiting, or give a longer --timeout");
		assertThat(WatchText.hint(List.of(outcome(Kind.INTERRUPTED, null, "interrupted")))).isEmpty();
	}

	@ParameterizedTest(name = "{0} on a terminal: {1}, piped: {2}")
	@CsvSource({ "TABLE, LiveWatchView, WatchEventLines", "TSV, WatchEventLines, WatchEventLines",
			"CSV, WatchEventLines, WatchEventLines", "JSON, WatchJsonEvents, WatchJsonEvents",
			"JSONL, WatchJsonEvents, WatchJsonEvents" })
	void everyOutputFormatHasAView(OutputFormat format, String terminal, String piped) {
		assertThat(WatchView.of(CapturedIo.terminal(80).io(), format, List.of("imp_1")).getClass().getSimpleName())
			.isEqualTo(terminal);
		assertThat(WatchView.of(CapturedIo.piped().io(), format, List.of("imp_1")).getClass().getSimpleName())
			.isEqualTo(piped);
	}

	@Test
	void theLiveLineColoursTheStatusWhenColourIsOn() {
		CapturedIo captured = CapturedIo.colourTerminal(80);
		WatchView view = WatchView.of(captured.io(), OutputFormat.TABLE, List.of("imp_1"));
		view.onPoll(Fixtures.imp("imp_1", "processing", "Leads"));
		view.onWaiting(Duration.ofSeconds(2));
		assertThat(captured.err()).isEqualTo("\r⠋ imp_1 · Leads · \033[33m● processing\033[0m · 0s · next poll in 2s\033[K");
	}
}
