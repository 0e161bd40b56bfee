package dev.exashell.bench;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaClient;
import dev.exashell.bench.EngineRuns.Cost;
import dev.exashell.bench.JarRuns.Running;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.WatchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * {@code scripts/bench-watch}: what a watch costs. (a) CPU time of {@code exa-shell watch} on one
 * pending import, measured from its first poll over a window (60 s, or 15 s with {@code --quick}),
 * against an idle JVM with the same flags over the same window; (b) requests per watched import
 * per minute while nothing changes, in that run and in minute 10 of an engine run on a simulated
 * clock; (c) requests per poll round for 500 pending imports, with the list strategy (the jar, and
 * the engine) and with one GET per import (the engine). The sandbox runs in this JVM.
 */
public final class WatchBench {

	private static final int MANY = 500;

	private WatchBench() {
	}

	public static void main(String[] args) throws Exception {
		boolean quick = List.of(args).contains("--quick");
		int window = quick ? 15 : 60;
		if (!ProcessCpu.available()) {
			throw new IllegalStateException("needs Linux /proc (stat and schedstat) to read a process's CPU time");
		}
		JarRuns jars = new JarRuns(System.getProperty("bench.java", "java"),
				Path.of(System.getProperty("bench.jar", "target/exa-shell.jar")),
				System.getProperty("bench.testClasses", "target/test-classes"));
		Report report = new Report(quick, window, jars.javaVersion());

		try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0)
			.withProcessing(Duration.ofDays(1)))) {
			String id = pending(client(sandbox, Clock.systemUTC()), 1).get(0);
			try (Running idle = jars.idleJvm(window + 60);
					Running watch = jars.exaShell(sandbox.baseUrl().toString(),
							List.of("watch", id, "--timeout", (window + 60) + "s"))) {
				long launched = System.nanoTime();
				idle.awaitOut(s -> s.contains("ready"), "the idle JVM's start");
				watch.awaitOut(s -> s.contains(" pending"), "the watch's first poll");
				report.startup((System.nanoTime() - launched) / 1_000_000, ProcessCpu.millis(watch.pid()));
				ProcessCpu.Sample watchCpu = ProcessCpu.sample(watch.pid());
				ProcessCpu.Sample idleCpu = ProcessCpu.sample(idle.pid());
				long getsBefore = gets(sandbox, id);
				Thread.sleep(window * 1000L);
				report.cpu(ProcessCpu.sample(watch.pid()), watchCpu, ProcessCpu.sample(idle.pid()), idleCpu);
				report.polls(getsBefore, gets(sandbox, id));
			}
		}

		FakeClock time = new FakeClock();
		try (SandboxServer sandbox = simulated(time)) {
			String id = pending(client(sandbox, time), 1).get(0);
			report.steadyState(EngineRuns.requestsInMinute(sandbox, time, id, 10));
		}

		try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withImports(0)
			.withProcessing(Duration.ofDays(1)))) {
			pending(client(sandbox, Clock.systemUTC()), MANY);
			int before = sandbox.requests().size();
			int timeout = quick ? 10 : 20;
			try (Running watch = jars.exaShell(sandbox.baseUrl().toString(),
					List.of("-o", "jsonl", "watch", "--status", "pending", "--timeout", timeout + "s"))) {
				int code = watch.awaitExit();
				List<RecordedRequest> requests = sandbox.requests();
				report.jarRounds(code, timeout, requests.subList(before, requests.size()));
			}
		}

		time = new FakeClock();
		try (SandboxServer sandbox = simulated(time)) {
			List<String> ids = pending(client(sandbox, time), MANY);
			Duration simulated = Duration.ofSeconds(20);
			// warm up this JVM's HTTP client and JSON paths first, so the wall times compare the strategies
			EngineRuns.watch(sandbox, time, ids, WatchOptions.defaults(), Duration.ofSeconds(5));
			EngineRuns.watch(sandbox, time, ids, WatchOptions.defaults().withoutListPolling(), Duration.ofSeconds(5));
			Cost list = EngineRuns.watch(sandbox, time, ids, WatchOptions.defaults(), simulated);
			Cost get = EngineRuns.watch(sandbox, time, ids, WatchOptions.defaults().withoutListPolling(), simulated);
			report.engineRounds(list, get);
		}

		String markdown = report.markdown(Instant.now());
		System.out.print(markdown);
		Path out = Path.of(System.getProperty("bench.out", "bench/watch-results.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, markdown);
		System.err.println("written to " + out);
	}

	private static SandboxServer simulated(FakeClock time) {
		return SandboxServer.start(SandboxOptions.defaults().withPort(0).withImports(0).withProcessing(Duration.ofDays(1))
			.withClock(time));
	}

	private static ExaClient client(SandboxServer sandbox, Clock clock) {
		return new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "bench").withBaseUrl(sandbox.baseUrl())
			.withTime(clock, duration -> {
			}, () -> 0.0));
	}

	/** Creates {@code n} imports and uploads nothing, so they stay pending. */
	private static List<String> pending(ExaClient client, int n) {
		return IntStream.range(0, n)
			.mapToObj(i -> client.create(new CreateImportRequest("csv", Entity.of("company"), 100, 10,
					String.format(Locale.ROOT, "bench %03d", i), null, null)).importItem().id())
			.toList();
	}

	private static long gets(SandboxServer sandbox, String id) {
		String path = "/websets/v0/imports/" + id;
		return sandbox.requests().stream().filter(r -> r.method().equals("GET") && r.path().equals(path)).count();
	}
}
