package dev.exashell.bench;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.ImportWatcher;
import dev.exashell.watch.WatchListener;
import dev.exashell.watch.WatchOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The watch engine in this JVM against a sandbox over real HTTP, on a clock that moves only when
 * the engine sleeps: minutes of polling take milliseconds, and every request is a real one.
 */
final class EngineRuns {

	/** What a run cost: rounds, requests (list pages + GETs) and wall time of the requests. */
	record Cost(int rounds, int requests, long wallMillis) {

		double perRound() {
			return (double) requests / rounds;
		}

		double millisPerRound() {
			return (double) wallMillis / rounds;
		}
	}

	private EngineRuns() {
	}

	/** Watches {@code ids} (pending forever) for {@code simulated} of engine time. */
	static Cost watch(SandboxServer sandbox, FakeClock time, List<String> ids, WatchOptions options, Duration simulated) {
		ExaClient client = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "bench")
			.withBaseUrl(sandbox.baseUrl()).withTime(time, time, () -> 0.0));
		int before = sandbox.requests().size();
		int sleepsBefore = time.waits().size();
		long start = System.nanoTime();
		ImportWatcher.forClient(client).watchAll(ids, options.withTimeout(simulated), WatchListener.NONE);
		long wall = (System.nanoTime() - start) / 1_000_000;
		int rounds = time.waits().size() - sleepsBefore + 1;
		return new Cost(rounds, sandbox.requests().size() - before, wall);
	}

	/** GETs of {@code id} the engine sends in the last minute of a {@code minutes}-minute watch of an unchanging import. */
	static int requestsInMinute(SandboxServer sandbox, FakeClock time, String id, int minutes) {
		ExaClient client = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "bench")
			.withBaseUrl(sandbox.baseUrl()).withTime(time, time, () -> 0.0));
		Instant start = time.instant();
		List<Instant> polls = new ArrayList<>();
		ImportWatcher.forClient(client).watch(id, WatchOptions.defaults().withTimeout(Duration.ofMinutes(minutes)),
				new WatchListener() {
					@Override
					public void onPoll(Import current) {
						polls.add(time.instant());
					}
				});
		Instant from = start.plus(Duration.ofMinutes(minutes - 1));
		Instant to = start.plus(Duration.ofMinutes(minutes));
		return (int) polls.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
	}
}
