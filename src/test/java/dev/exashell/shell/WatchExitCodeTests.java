package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each way a watch ends looks, and its exit code: 0, 5, 6, 3, 4, 130 and 2. */
class WatchExitCodeTests {

	private final WatchFixture fixture = WatchFixture.empty();

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void aFailedImportExitsFiveWithReasonMessageAndHint() {
		String id = fixture.uploaded("Bad", WatchFixture.NO_URLS_CSV);

		Result result = fixture.terminal().run("watch " + id);

		String message = fixture.api.get(id).failedMessage();
		assertThat(result.out()).isEqualTo("✗ " + id + " failed after 3s · missing_identifier: " + message + "\n");
		assertThat(result.err()).startsWith("\r⠋ " + id + " · Bad · ● processing · 0s · next poll in 2s\033[K")
			.endsWith("\r⠼ " + id + " · Bad · ● processing · 4s · next poll in 1s\033[K\r\033[K"
					+ "hint: the file needs a column of URLs; pass --identifier N to name it\n");
		assertThat(result.code()).isEqualTo(5);
	}

	@Test
	void aTimeoutExitsSixAfterOneLastLook() {
		String id = fixture.create("Leads");
		int before = fixture.requestCount();

		Result result = fixture.piped().run("watch " + id + " --timeout 5s");

		assertThat(result).isEqualTo(new Result(6, "2026-11-30T12:00:00Z " + id + " pending\n"
				+ "2026-11-30T12:00:05Z " + id + " timed out after 5s (still pending)\n", ""));
		assertThat(fixture.time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
		assertThat(fixture.requestsFrom(before)).containsExactly("GET /v0/imports/" + id, "GET /v0/imports/" + id,
				"GET /v0/imports/" + id);
	}

	@Test
	void anUnknownIdExitsThreeThroughTheErrorReporter() {
		Result result = fixture.piped().run("watch imp_nope");

		assertThat(result).isEqualTo(new Result(3, "",
				"error: not found: HTTP 404: Import not found: imp_nope\nhint: list shows the ids that exist\n"));
		assertThat(fixture.time.waits()).isEmpty();
	}

	@Test
	void aRefusedKeyExitsFour() {
		String id = fixture.create("Leads");

		Result result = TestShell.watching(fixture.sandbox, "wrong", OutputFormat.TABLE, true, fixture.time, fixture.time)
			.run("watch " + id);

		assertThat(result.code()).isEqualTo(4);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).startsWith("error: the API key was refused (HTTP 401: ")
			.endsWith("\nhint: set EXA_API_KEY to a valid key, or run login\n");
	}

	@Test
	void ctrlCExits130SaysWhereItStoodClearsTheInterruptAndTheSessionGoesOn() {
		String id = fixture.create("Leads");
		fixture.time.interruptOnSleep(2);
		TestShell shell = fixture.piped();

		Result result = shell.run("watch " + id);

		assertThat(result).isEqualTo(new Result(130, "2026-11-30T12:00:00Z " + id + " pending\n"
				+ "2026-11-30T12:00:02Z " + id + " interrupted after 2s (still pending)\n", ""));
		assertThat(Thread.currentThread().isInterrupted()).isFalse();
		assertThat(shell.run("list --limit 1")).extracting(Result::code, Result::err).containsExactly(0, "");
	}

	@Test
	void anImportAlreadyFinalReturnsAtOnceWithItsCode() {
		String id = fixture.uploaded("Leads", WatchFixture.GOOD_CSV);
		fixture.time.advance(Duration.ofSeconds(5));
		int before = fixture.requestCount();

		Result result = fixture.terminal().run("watch " + id);

		assertThat(result).isEqualTo(new Result(0, "✓ " + id + " completed in 3s · 2 entities\n", ""));
		assertThat(fixture.requestsFrom(before)).containsExactly("GET /v0/imports/" + id);
		assertThat(fixture.time.waits()).isEmpty();
	}

	@Test
	void bellRingsWhenTheWatchEnds() {
		String id = fixture.uploaded("Leads", WatchFixture.GOOD_CSV);
		fixture.time.advance(Duration.ofSeconds(5));

		assertThat(fixture.piped().run("watch --bell " + id).err()).isEqualTo("\007");
		assertThat(fixture.terminal().run("watch " + id + " --bell").err()).isEqualTo("\007");
	}

	@Test
	void anUnknownIdAmongSeveralIsOneErrorLineAndTheWorstCodeWins() {
		String id = fixture.uploaded("Leads", WatchFixture.GOOD_CSV);
		fixture.time.advance(Duration.ofSeconds(5));

		Result result = fixture.piped().run("watch " + id + " imp_nope");

		assertThat(result).isEqualTo(new Result(3,
				"2026-11-30T12:00:05Z " + id + " completed · 2 entities\n",
				"error: imp_nope: not found: HTTP 404: Import not found: imp_nope\n"));
	}

	@Test
	void aRowNumberWatchesThatRowOfTheCurrentPage() {
		fixture.create("Older");
		fixture.time.advance(Duration.ofSeconds(1));
		String newest = fixture.create("Newest");
		fixture.time.interruptOnSleep(1);
		TestShell shell = fixture.piped();
		shell.run("list --limit 2");

		assertThat(shell.run("watch 1").out()).startsWith("2026-11-30T12:00:01Z " + newest + " pending\n");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"watch|give the imports to watch: ids, row numbers or --status S|for example watch imp_… or watch --status pending,processing",
			"watch imp_1 --interval 50ms|--interval must be at least 100ms, got 50ms|the wait grows from there by itself; --interval 2s is the default",
			"watch imp_1 --timeout 0s|--timeout must be more than 0, got 0s|for example --timeout 30m (the default) or --timeout 2h",
			"watch 3|there is no row 3: nothing has been listed yet|run list first, then show a row number, or give an import id" })
	void badInputExitsTwoBeforeAnyRequest(String line, String error, String hint) {
		int before = fixture.requestCount();

		assertThat(fixture.piped().run(line)).isEqualTo(new Result(2, "", "error: " + error + "\nhint: " + hint + "\n"));
		assertThat(fixture.requestsFrom(before)).isEqualTo(List.of());
	}
}
