package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * watch --status finding its imports against a looping or failing server: the walk stops at a
 * repeated cursor, transient failures are retried as polls are, and --timeout covers it all.
 * Time moves only when the watch sleeps.
 */
class WatchDiscoveryTests {

	private static final String WARNING = "2026-11-30T12:00:%sZ warning: HTTP 503: Service unavailable (injected by the "
			+ "sandbox) · retrying in %s\n";

	private static final String LIST = "GET /v0/imports?limit=200";

	private WatchFixture fixture;

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void aLoopingListEndsDiscoveryWithTheErrorAfterTwoRequests() {
		fixture = new WatchFixture(300, Duration.ofHours(1));
		String cursor = fixture.api.list(null, 200).nextCursor();
		fixture.sandbox.setFaults("stale-cursor:1");
		int before = fixture.requestCount();

		Result result = fixture.piped().run("watch --status pending --timeout 5s");

		assertThat(result).isEqualTo(new Result(1, "", Expected.cursorAgain(cursor, 2, 200)));
		assertThat(fixture.requestsFrom(before)).containsExactly("GET /v0/imports?limit=200",
				"GET /v0/imports?cursor=" + cursor + "&limit=200");
		assertThat(fixture.time.waits()).isEmpty();
	}

	@Test
	void a503EveryTimeIsRetriedUntilTheTimeoutEndsIt() {
		fixture = WatchFixture.empty();
		fixture.create("Leads");
		fixture.sandbox.setFaults("503:1");
		int before = fixture.requestCount();

		Result result = fixture.piped().run("watch --status pending --timeout 5s");

		// tries at 0 s, 2 s and 5 s; at 5 s no time is left
		assertThat(result).isEqualTo(new Result(6, "", WARNING.formatted("00", "2s") + WARNING.formatted("02", "3s")
				+ "error: timed out after 5s while looking for imports to watch (scanned 0 pages · 0 imports · 0 matched)\n"
				+ "hint: a longer --timeout gives it more time\n"));
		assertThat(fixture.requestsFrom(before)).containsExactly(LIST, LIST, LIST);
		assertThat(fixture.time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
	}

	@Test
	void a503BurstDuringDiscoveryIsRetriedAndTheWatchGetsWhatIsLeftOfTheTimeout() {
		fixture = WatchFixture.empty();
		String id = fixture.create("Leads");
		fixture.sandbox.setFaults("script:503,503,503");
		int before = fixture.requestCount();

		Result result = fixture.piped().run("watch --status pending --timeout 10s");

		// tries at 0, 2 and 5 s fail, 9.5 s finds it; the watch has the 0.5 s left: one poll at 10 s
		assertThat(result).isEqualTo(new Result(6, "2026-11-30T12:00:09Z " + id + " pending\n"
				+ "2026-11-30T12:00:10Z " + id + " timed out after 10s (still pending)\n",
				WARNING.formatted("00", "2s") + WARNING.formatted("02", "3s") + WARNING.formatted("05", "5s")
						+ "scanned 1 page · 1 import · 1 matched\n"));
		assertThat(fixture.requestsFrom(before)).containsExactly(LIST, LIST, LIST, LIST, "GET /v0/imports/" + id);
		assertThat(fixture.time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3),
				Duration.ofMillis(4500), Duration.ofMillis(500));
	}

	@Test
	void onATerminalTheProgressLineIsErasedForEachWarningAndAtTheEnd() {
		fixture = new WatchFixture(500, Duration.ofHours(1));
		long pending = Expected.allImports(fixture.api).stream().filter(i -> i.status().value().equals("pending")).count();
		long pendingInFirst400 = fixture.api.list(null, 200).data().stream()
			.filter(i -> i.status().value().equals("pending")).count()
				+ fixture.api.list(fixture.api.list(null, 200).nextCursor(), 200).data().stream()
					.filter(i -> i.status().value().equals("pending")).count();
		fixture.sandbox.setFaults("script:ok,503,ok,503");

		Result result = fixture.terminal().run("watch --status pending --timeout 4s");

		String warning = "warning: HTTP 503: Service unavailable (injected by the sandbox) · retrying in 2s\n";
		assertThat(result.err()).startsWith(warning
				+ "\rfetched 2 pages · 400 imports · " + pendingInFirst400 + " matched…\033[K" + "\r\033[K" + warning
				+ "\rfetched 3 pages · 500 imports · " + pending + " matched…\033[K" + "\r\033[K"
				+ "scanned 3 pages · 500 imports · " + pending + " matched\n");
		assertThat(result.code()).isEqualTo(6);
	}
}
