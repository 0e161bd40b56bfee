package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** watch --status and many ids: what is found, how many requests a round takes, the table's limit. */
class WatchManyTests {

	private final WatchFixture fixture = new WatchFixture(0, Duration.ofHours(1));

	@AfterEach
	void stop() {
		fixture.close();
	}

	private List<String> pending(int n) {
		return IntStream.range(0, n).mapToObj(i -> fixture.create("Pending " + i)).toList();
	}

	@Test
	void statusWatchesEveryMatchingImportAndPollsFourHundredFiftyWithThreeListRequestsARound() {
		pending(450);
		int before = fixture.requestCount();

		Result result = fixture.shell(OutputFormat.JSONL, false).run("watch --status pending --timeout 3s");

		assertThat(result.code()).isEqualTo(6);
		assertThat(result.outLines()).hasSize(450).allMatch(line -> line.contains("\"status\":\"pending\",\"previousStatus\":null"));
		assertThat(result.err().lines().toList()).hasSize(451).first().isEqualTo("scanned 3 pages · 450 imports · 450 matched");
		// the walk (3 pages) is the first round; rounds at 2 s and at the 3 s timeout read the same 3 pages
		List<String> requests = fixture.requestsFrom(before);
		assertThat(requests).hasSize(9).allMatch(request -> request.startsWith("GET /v0/imports?"));
		assertThat(requests.stream().filter(request -> !request.contains("cursor="))).hasSize(3);
		assertThat(fixture.time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1));
	}

	@Test
	void manyIdsOnTheCommandLineArePolledWithTheListToo() {
		List<String> ids = pending(450);
		int before = fixture.requestCount();

		Result result = fixture.piped().run("watch " + String.join(" ", ids) + " --timeout 2s");

		assertThat(result.code()).isEqualTo(6);
		// round 1 at 0 s: the first page shows 200, and 250 are missing after one page, so pages 2 and 3;
		// round 2 at the 2 s timeout: the 3 pages the positions call for
		assertThat(fixture.requestsFrom(before)).hasSize(6).allMatch(request -> request.startsWith("GET /v0/imports?"));
	}

	@Test
	void statusAndIdsTogetherWatchBothOnce() {
		String older = fixture.create("Older");
		fixture.time.advance(Duration.ofMillis(1));
		String newer = fixture.create("Newer");
		fixture.time.advance(Duration.ofMillis(1));
		String processing = fixture.uploaded("Processing", WatchFixture.GOOD_CSV);
		fixture.time.interruptOnSleep(1);

		Result result = fixture.piped().run("watch " + older + " " + processing + " --status pending");

		// one list page serves the first round, so first sightings come in list order, newest first;
		// the closing lines come in the order given: the ids, then what --status added
		assertThat(result.outLines()).containsExactly("2026-11-30T12:00:00Z " + processing + " processing",
				"2026-11-30T12:00:00Z " + newer + " pending",
				"2026-11-30T12:00:00Z " + older + " pending",
				"2026-11-30T12:00:00Z " + older + " interrupted after 0s (still pending)",
				"2026-11-30T12:00:00Z " + processing + " interrupted after 0s (still processing)",
				"2026-11-30T12:00:00Z " + newer + " interrupted after 0s (still pending)");
		assertThat(result.code()).isEqualTo(130);
	}

	@Test
	void nothingInThoseStatusesIsNothingToWatchAndASuccess() {
		fixture.create("Pending");

		assertThat(fixture.piped().run("watch --status failed,canceled")).isEqualTo(new Result(0, "",
				"warning: unknown status 'canceled' (known: pending, processing, completed, failed)\n"
				+ "scanned 1 page · 1 import · 0 matched\nnothing to watch: no import is failed or canceled\n"));
	}

	@Test
	void theLiveTableShowsTwelveRowsAndCountsTheRest() {
		pending(14);
		fixture.time.interruptOnSleep(1);

		Result result = fixture.terminal().run("watch --status pending");

		List<String> frame = List.of(result.err().split("\n"));
		assertThat(frame.get(1)).isEqualTo("\r⠋ 14 imports · 14 pending · 0s · next poll in 2s\033[K");
		assertThat(frame.subList(2, 14)).allMatch(row -> row.startsWith("\r  ○ pending  imp_"));
		assertThat(frame.get(14)).isEqualTo("\r  … and 2 more\033[K");
		assertThat(frame.get(15)).isEqualTo("\033[J\033[14A\r\033[J14 imports · 14 interrupted · watched 0s");
		assertThat(result.outLines()).hasSize(14).allMatch(line -> line.endsWith(" still pending after 0s · interrupted"));
	}
}
