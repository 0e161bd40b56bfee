package dev.exashell.bench;

import dev.exashell.bench.EngineRuns.Cost;
import dev.exashell.sandbox.RecordedRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, as the Markdown that goes to stdout and bench/watch-results.md. */
final class Report {

	private final boolean quick;
	private final int window;
	private final String java;
	private long startupWallMs;
	private long startupCpuMs;
	private double watchCpuMs;
	private double idleCpuMs;
	private long watchTickMs;
	private long idleTickMs;
	private long firstPolls;
	private long windowPolls;
	private int steadyState;
	private String jarRow = "";
	private Cost list;
	private Cost get;

	Report(boolean quick, int window, String java) {
		this.quick = quick;
		this.window = window;
		this.java = java;
	}

	void startup(long wallMs, long cpuMs) {
		this.startupWallMs = wallMs;
		this.startupCpuMs = cpuMs;
	}

	void cpu(ProcessCpu.Sample watchEnd, ProcessCpu.Sample watchStart, ProcessCpu.Sample idleEnd,
			ProcessCpu.Sample idleStart) {
		this.watchCpuMs = watchEnd.nanosSince(watchStart) / 1e6;
		this.idleCpuMs = idleEnd.nanosSince(idleStart) / 1e6;
		this.watchTickMs = watchEnd.tickMillisSince(watchStart);
		this.idleTickMs = idleEnd.tickMillisSince(idleStart);
	}

	void polls(long atFirstPoll, long atEnd) {
		this.firstPolls = atEnd;
		this.windowPolls = atEnd - atFirstPoll;
	}

	void steadyState(int requests) {
		this.steadyState = requests;
	}

	/** The jar's {@code watch --status pending}: its walk is every list request up to the second first page. */
	void jarRounds(int exitCode, int timeout, List<RecordedRequest> requests) {
		List<RecordedRequest> lists = requests.stream().filter(r -> r.path().equals("/websets/v0/imports")).toList();
		long gets = requests.size() - lists.size();
		int walk = 1;
		while (walk < lists.size() && query(lists.get(walk)).contains("cursor=")) {
			walk++;
		}
		long rounds = lists.stream().filter(r -> !query(r).contains("cursor=")).count() - 1;
		long roundRequests = lists.size() - walk + gets;
		jarRow = String.format(Locale.ROOT, "| list (exa-shell jar: `watch --status pending --timeout %ds`, exit %d) | %d | %d"
				+ " (+ %d pages to find them) | **%s** | — |%n", timeout, exitCode, rounds, roundRequests, walk,
				rounds == 0 ? "—" : one((double) roundRequests / rounds));
	}

	void engineRounds(Cost list, Cost get) {
		this.list = list;
		this.get = get;
	}

	String markdown(Instant when) {
		StringBuilder md = new StringBuilder();
		md.append("# Benchmarks: watch\n\n");
		md.append(String.format(Locale.ROOT, "`scripts/bench-watch%s` on %s: %s, %d CPUs, %s.%n%n", quick ? " --quick" : "",
				when.truncatedTo(ChronoUnit.SECONDS), java, Runtime.getRuntime().availableProcessors(),
				System.getProperty("os.name") + " " + System.getProperty("os.arch")));
		md.append(String.format(Locale.ROOT, "**(a) CPU during a watch of one pending import** (piped, %d s from its first poll;"
				+ " same window for both processes)%n%n", window));
		md.append("| Process | CPU time in the window (schedstat) | utime+stime (10 ms ticks) | Share of one core |\n"
				+ "|---|---:|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| `exa-shell watch` (launcher flags) | %s ms | %d ms | %s %% |%n",
				one(watchCpuMs), watchTickMs, two(100.0 * watchCpuMs / (window * 1000.0))));
		md.append(String.format(Locale.ROOT, "| idle JVM, same flags (`Thread.sleep`) | %s ms | %d ms | %s %% |%n",
				one(idleCpuMs), idleTickMs, two(100.0 * idleCpuMs / (window * 1000.0))));
		md.append(String.format(Locale.ROOT, "| ratio watch / idle | %s | | |%n%n",
				idleCpuMs <= 0 ? "n/a" : one(watchCpuMs / idleCpuMs) + "×"));
		md.append(String.format(Locale.ROOT, "Start-up to the first poll: %d ms wall, %d ms CPU (not in the window).%n%n",
				startupWallMs, startupCpuMs));
		md.append("**(b) Requests per watched import while nothing changes** (waits 2, 3, 4.5, 6.75, 10.1, 15.2, 22.8, then"
				+ " 30 s)\n\n| Window | GETs | Per minute |\n|---|---:|---:|\n");
		md.append(String.format(Locale.ROOT, "| first %d s of the run above, first poll included | %d | %s |%n", window,
				firstPolls, one(firstPolls * 60.0 / window)));
		md.append(String.format(Locale.ROOT, "| the %d s after the first poll | %d | %s |%n", window, windowPolls,
				one(windowPolls * 60.0 / window)));
		md.append(String.format(Locale.ROOT, "| minute 10 (engine, simulated clock) | %d | %d |%n%n", steadyState, steadyState));
		md.append("**(c) Requests per poll round, 500 pending imports** (sandbox over HTTP; the engine runs on a simulated"
				+ " clock for 20 s, so its wall time is the requests' own)\n\n");
		md.append("| Strategy | Rounds | Requests | Requests per round | Wall time per round |\n|---|---:|---:|---:|---:|\n");
		md.append(jarRow);
		md.append(row("list (engine)", list)).append(row("one GET per import (engine)", get)).append('\n');
		return md.toString();
	}

	private static String row(String name, Cost cost) {
		return String.format(Locale.ROOT, "| %s | %d | %d | **%s** | %s ms |%n", name, cost.rounds(), cost.requests(),
				one(cost.perRound()), one(cost.millisPerRound()));
	}

	private static String query(RecordedRequest request) {
		return request.query() == null ? "" : request.query();
	}

	private static String one(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	private static String two(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}
}
