package dev.exashell.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaClient;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The list strategy against the real sandbox: requests counted from its log, time moved only by the engine's sleeps. */
class ListPollingTests {

	private final FakeClock time = new FakeClock();

	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withClock(time));

	private final ExaClient client = client(SandboxOptions.DEFAULT_API_KEY);

	private final RecordingListener listener = new RecordingListener();

	@AfterEach
	void stop() {
		server.close();
	}

	private ExaClient client(String key) {
		return new ExaClient(ClientConfig.defaults(key, "test").withBaseUrl(server.baseUrl()).withTime(time, time, () -> 0.0));
	}

	/** Creates imports that stay pending (nothing is uploaded), a millisecond apart; newest last. */
	private List<String> pending(int n) {
		return IntStream.range(0, n).mapToObj(i -> {
			time.advance(Duration.ofMillis(1));
			return client.create(new CreateImportRequest("csv", Entity.of("company"), 10, 1, "pending " + i, null, null))
				.importItem().id();
		}).toList();
	}

	/** "list" (the first page), "list+" (a later page) and "get" per request since the last call, counted. */
	private Map<String, Integer> requestsSince(int from) {
		Map<String, Integer> counts = new TreeMap<>();
		List<RecordedRequest> all = server.requests();
		for (RecordedRequest r : all.subList(from, all.size())) {
			String kind = !r.method().equals("GET") ? r.method() : r.path().equals("/websets/v0/imports")
					? (r.query().contains("cursor=") ? "list+" : "list") : "get";
			counts.merge(kind, 1, Integer::sum);
		}
		return counts;
	}

	private List<WatchOutcome> watch(List<String> ids, WatchOptions options) {
		return ImportWatcher.forClient(client).watchAll(ids, options, listener);
	}

	@Test
	void fiveHundredPendingImportsCostThreeListRequestsARoundInsteadOfFiveHundredGets() {
		List<String> ids = pending(500);
		int before = server.requests().size();

		List<WatchOutcome> outcomes = watch(ids, WatchOptions.defaults().withTimeout(Duration.ofSeconds(10)));

		assertThat(outcomes).extracting(WatchOutcome::kind).containsOnly(Kind.TIMED_OUT);
		// rounds at 0, 2, 5, 9.5 and 10 s
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500),
				Duration.ofMillis(500));
		assertThat(requestsSince(before)).isEqualTo(Map.of("list", 5, "list+", 10));
		assertThat(server.requests().subList(before, before + 3)).extracting(RecordedRequest::query)
			.allMatch(query -> query.contains("limit=200"));
	}

	@Test
	void withoutTheListEveryRoundIsOneGetPerImport() {
		List<String> ids = pending(500);
		int before = server.requests().size();

		watch(ids, WatchOptions.defaults().withoutListPolling().withTimeout(Duration.ofSeconds(2)));

		assertThat(requestsSince(before)).isEqualTo(Map.of("get", 1000));
	}

	@Test
	void aDeletedImportIsNoLongerOnTheListSoItIsFetchedWithGetAndEndsNotFound() {
		List<String> ids = pending(3);
		time.onSleep(1, () -> client.delete(ids.get(1)));
		int before = server.requests().size();

		List<WatchOutcome> outcomes = watch(ids, WatchOptions.defaults().withTimeout(Duration.ofSeconds(3)));

		assertThat(outcomes).extracting(WatchOutcome::kind).containsExactly(Kind.TIMED_OUT, Kind.NOT_FOUND, Kind.TIMED_OUT);
		assertThat(outcomes.get(1).error()).hasMessageContaining("HTTP 404");
		// round 1: one page; round 2 (after the delete): one page, whose oldest import is older than the
		// deleted one, then its GET; round 3 at the timeout: one page
		assertThat(requestsSince(before)).isEqualTo(Map.of("list", 3, "get", 1, "DELETE", 1));
	}

	@Test
	void importsPushedDownByNewOnesAreFollowedOntoTheNextPageThenFetchedWithGet() {
		List<String> watched = pending(2);
		time.onSleep(1, () -> pending(250));
		int before = server.requests().size();

		watch(watched, WatchOptions.defaults().withTimeout(Duration.ofSeconds(5)));

		List<String> shape = server.requests().subList(before, server.requests().size()).stream()
			.filter(r -> r.method().equals("GET"))
			.map(r -> r.path().equals("/websets/v0/imports") ? (r.query().contains("cursor=") ? "list+" : "list") : "get")
			.toList();
		// round 1 at 0 s: page 1 has both; round 2 at 2 s: 250 newer imports pushed them to page 2, read
		// on because 2 were missing after 1 page; round 3 at 5 s: positions 250 and 251 cost 2 pages or
		// 2 GETs, and a tie goes to GET
		assertThat(shape).containsExactly("list", "list", "list+", "get", "get");
	}

	@Test
	void importsTheFirstPagesDoNotReachAreLookedForOnceThenFetchedWithGet() {
		List<String> watched = pending(2);
		pending(450);
		int before = server.requests().size();

		watch(watched, WatchOptions.defaults().withTimeout(Duration.ofSeconds(2)));

		// round 1: never located, so page 1 and (2 still missing after 1 page) page 2, then 2 GETs;
		// round 2: known to be at 400 or below, so GET only
		assertThat(requestsSince(before)).isEqualTo(Map.of("list", 1, "list+", 1, "get", 4));
	}

	@Test
	void aFailedPageEndsTheRoundWithOneWarningAndNoGets() {
		List<String> ids = pending(3);
		server.setFaults("script:503");
		int before = server.requests().size();

		List<WatchOutcome> outcomes = watch(ids, WatchOptions.defaults().withTimeout(Duration.ofSeconds(2)));

		assertThat(outcomes).extracting(WatchOutcome::kind).containsOnly(Kind.TIMED_OUT);
		assertThat(listener.errors()).containsExactly("error listing imports: HTTP 503: Service unavailable (injected by the sandbox) retry PT2S");
		assertThat(requestsSince(before)).isEqualTo(Map.of("list", 2));
	}

	@Test
	void aRefusedKeyOnTheListEndsEveryWatchWithExitFour() {
		List<String> ids = pending(3);
		int before = server.requests().size();

		List<WatchOutcome> outcomes = ImportWatcher.forClient(client("wrong-key"))
			.watchAll(ids, WatchOptions.defaults(), listener);

		assertThat(outcomes).extracting(WatchOutcome::kind).containsOnly(Kind.AUTH);
		assertThat(WatchOutcome.mostSerious(outcomes)).isEqualTo(Kind.AUTH);
		assertThat(requestsSince(before)).isEqualTo(Map.of("list", 1));
	}

	@Test
	void importsJustListedCountAsTheFirstRoundSoTheFirstRequestWaitsAnInterval() {
		List<String> ids = pending(2);
		List<WatchTarget> targets = List.of(WatchTarget.listed(client.get(ids.get(1)), 0),
				WatchTarget.listed(client.get(ids.get(0)), 1));
		time.onSleep(1, () -> client.delete(ids.get(0)));
		int before = server.requests().size();

		List<WatchOutcome> outcomes = ImportWatcher.forClient(client)
			.watch(targets, WatchOptions.defaults().withTimeout(Duration.ofSeconds(2)), listener);

		assertThat(outcomes).extracting(WatchOutcome::kind).containsExactly(Kind.TIMED_OUT, Kind.NOT_FOUND);
		assertThat(listener.events()).startsWith("poll pending", "change null->pending", "poll pending",
				"change null->pending", "wait PT2S");
		assertThat(requestsSince(before)).isEqualTo(Map.of("list", 1, "get", 1, "DELETE", 1));
	}
}
