package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One story told in each output mode: an import created at 12:00:00, uploaded at 12:00:01 (end of
 * the first wait), processing for 3 s, watched with {@code --interval 1s}. Polls at 0, 1, 2, 3.5 and
 * 5.75 s: the wait is 1 s after each change, then 1.5 s and 2.25 s while nothing changes.
 */
class WatchOutputTests {

	private final WatchFixture fixture = WatchFixture.empty();

	@AfterEach
	void stop() {
		fixture.close();
	}

	private String story() {
		return fixture.uploadedOnSleep(1, "Leads", WatchFixture.GOOD_CSV);
	}

	@Test
	void onATerminalOneLineIsRedrawnEverySecondThenReplacedByTheClosingLine() {
		String id = story();
		int before = fixture.requestCount();

		Result result = fixture.terminal().run("watch " + id + " --interval 1s");

		String line = "\r%s " + id + " · Leads · %s · %s · next poll in %s\033[K";
		assertThat(result.err()).isEqualTo(String.format(line, "⠋", "○ pending", "0s", "1s")
				+ String.format(line, "⠙", "● processing", "1s", "1s")
				+ String.format(line, "⠹", "● processing", "2s", "2s")
				+ String.format(line, "⠸", "● processing", "3s", "1s")
				+ String.format(line, "⠼", "● processing", "3s", "3s")
				+ String.format(line, "⠴", "● processing", "4s", "2s")
				+ String.format(line, "⠦", "● processing", "5s", "1s")
				+ "\r\033[K");
		assertThat(result.out()).isEqualTo("✓ " + id + " completed in 4s · 2 entities\n");
		assertThat(result.code()).isZero();
		assertThat(fixture.requestsFrom(before)).isEqualTo(Collections.nCopies(5, "GET /v0/imports/" + id));
		// the engine's waits 1, 1, 1.5 and 2.25 s, sliced into seconds for the countdown
		assertThat(fixture.time.waits()).containsExactly(seconds(1), seconds(1), seconds(1), Duration.ofMillis(500),
				seconds(1), seconds(1), Duration.ofMillis(250));
	}

	@Test
	void pipedItIsOneTimestampedLinePerStatusChangeAndNeverOnePerPoll() {
		String id = story();

		Result result = fixture.piped().run("watch " + id + " --interval 1s");

		assertThat(result.out()).isEqualTo("2026-11-30T12:00:00Z " + id + " pending\n"
				+ "2026-11-30T12:00:01Z " + id + " processing (was pending)\n"
				+ "2026-11-30T12:00:05Z " + id + " completed (was processing) · 2 entities\n");
		assertThat(result.err()).isEmpty();
		assertThat(result.code()).isZero();
		assertThat(fixture.time.waits()).containsExactly(seconds(1), seconds(1), Duration.ofMillis(1500),
				Duration.ofMillis(2250));
	}

	@Test
	void asJsonLinesItIsOneEventPerStatusChange() {
		String id = story();

		Result result = fixture.shell(OutputFormat.JSONL, false).run("watch " + id + " --interval 1s");

		assertThat(result.out()).isEqualTo(
				"{\"time\":\"2026-11-30T12:00:00Z\",\"id\":\"" + id + "\",\"status\":\"pending\",\"previousStatus\":null}\n"
				+ "{\"time\":\"2026-11-30T12:00:01Z\",\"id\":\"" + id + "\",\"status\":\"processing\",\"previousStatus\":\"pending\"}\n"
				+ "{\"time\":\"2026-11-30T12:00:05.750Z\",\"id\":\"" + id
				+ "\",\"status\":\"completed\",\"previousStatus\":\"processing\",\"count\":2}\n");
		assertThat(result.err()).isEmpty();
		assertThat(result.code()).isZero();
	}

	@Test
	void aFailureInJsonLinesCarriesTheFailureFields() {
		String id = fixture.uploaded("Bad", WatchFixture.NO_URLS_CSV);
		fixture.time.advance(Duration.ofSeconds(5));
		String message = fixture.api.get(id).failedMessage();

		Result result = fixture.shell(OutputFormat.JSONL, true).run("watch " + id);

		assertThat(result.out()).isEqualTo("{\"time\":\"2026-11-30T12:00:05Z\",\"id\":\"" + id
				+ "\",\"status\":\"failed\",\"previousStatus\":null,\"failedReason\":\"missing_identifier\",\"failedMessage\":\""
				+ message + "\",\"failedAt\":\"2026-11-30T12:00:03.000Z\"}\n");
		assertThat(result.code()).isEqualTo(5);
	}

	@Test
	void severalImportsOnATerminalShareOneTableRedrawnInPlaceThenOneLineEach() {
		String first = fixture.uploaded("First", WatchFixture.GOOD_CSV);
		String second = fixture.create("Second");

		Result result = fixture.terminal().run("watch " + first + " " + second + " --interval 3s --timeout 4s");

		String frame = "\r%s 2 imports · %s · %s · next poll in %s\033[K\n"
				+ "\r  %s  %s  %s\033[K\n"
				+ "\r  %s  %s  %s\033[K\n\033[J";
		String up = "\033[3A";
		assertThat(result.err()).isEqualTo(
				String.format(frame, "⠋", "1 processing · 1 pending", "0s", "3s", "● processing", first, "First",
						"○ pending   ", second, "Second")
				+ up + String.format(frame, "⠙", "1 processing · 1 pending", "1s", "2s", "● processing", first,
						"First", "○ pending   ", second, "Second")
				+ up + String.format(frame, "⠹", "1 processing · 1 pending", "2s", "1s", "● processing", first,
						"First", "○ pending   ", second, "Second")
				+ up + String.format(frame, "⠸", "1 completed · 1 pending", "3s", "1s", "○ pending  ", second,
						"Second", "✓ completed", first, "First")
				+ up + "\r\033[J"
				+ "2 imports · 1 completed · 1 timed out · watched 4s\n"
				+ "hint: run the same watch again to keep waiting, or give a longer --timeout\n");
		assertThat(result.out()).isEqualTo("✓ " + first + " completed in 3s · 2 entities\n"
				+ "○ " + second + " still pending after 4s · timed out\n");
		assertThat(result.code()).isEqualTo(6);
	}

	@Test
	void theLiveLineIsCutToTheTerminalWidthTitleFirst() {
		String id = fixture.create("A title far too long to share one line of eighty columns with everything else");
		fixture.time.interruptOnSleep(1);

		Result result = fixture.terminal().run("watch " + id);

		String first = result.err().substring(1, result.err().indexOf("\033[K"));
		assertThat(first).isEqualTo("⠋ " + id + " · A title far to… · ○ pending · 0s · next poll in 2s");
		assertThat(first.codePointCount(0, first.length())).isEqualTo(79);
		assertThat(result.out()).isEqualTo("○ " + id + " still pending after 0s · interrupted\n");
		assertThat(result.code()).isEqualTo(130);
	}

	private static Duration seconds(long n) {
		return Duration.ofSeconds(n);
	}
}
