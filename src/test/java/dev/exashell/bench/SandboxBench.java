package dev.exashell.bench;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.cli.Version;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code scripts/bench-sandbox}: how long the sandbox takes to seed 100,000 imports and to serve
 * one walk of them in pages of 200 to the shell's client, both in this JVM (the figures the unit
 * suite once held to wall-clock limits; a benchmark reports them and asserts no time). Each run
 * checks that the walk saw every import once, and fails if not.
 */
public final class SandboxBench {

	private static final int IMPORTS = 100_000;
	private static final int PAGE = 200;

	private SandboxBench() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 5;
		String loadBefore = loadAverage();
		long[] seedMs = new long[runs];
		long[] walkMs = new long[runs];
		for (int run = -1; run < runs; run++) {
			long start = System.nanoTime();
			try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withImports(IMPORTS))) {
				long seeded = System.nanoTime();
				int listed = walk(sandbox);
				long walked = System.nanoTime();
				if (listed != IMPORTS) {
					throw new IllegalStateException("the walk listed " + listed + " distinct imports, not " + IMPORTS);
				}
				if (run < 0) {
					System.err.printf(Locale.ROOT, "warm-up: seed %d ms, walk %d ms%n", (seeded - start) / 1_000_000,
							(walked - seeded) / 1_000_000);
					continue;
				}
				seedMs[run] = (seeded - start) / 1_000_000;
				walkMs[run] = (walked - seeded) / 1_000_000;
			}
			System.err.printf(Locale.ROOT, "run %d of %d: seed %d ms, walk %d ms%n", run + 1, runs, seedMs[run], walkMs[run]);
		}
		long walk = median(walkMs);
		String report = String.join("\n", "| Sandbox, in one JVM (median of " + runs + ") | |", "|---|---:|",
				String.format(Locale.ROOT, "| Seed %,d imports | %,d ms |", IMPORTS, median(seedMs)),
				String.format(Locale.ROOT, "| Walk them in pages of %d with the shell's client | %,d ms · %,d imports/s |", PAGE,
						walk, IMPORTS * 1000L / Math.max(1, walk)),
				"", "Run " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + " on " + Runtime.getRuntime().availableProcessors()
						+ " CPUs, Java " + System.getProperty("java.version") + ", after one warm-up run; load average "
						+ loadBefore + " before, " + loadAverage() + " after.", "");
		System.out.print(report);
		String out = System.getProperty("bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), "# scripts/bench-sandbox\n\n" + report);
		}
	}

	/** Every page by {@code nextCursor}; the number of distinct ids seen. */
	private static int walk(SandboxServer sandbox) {
		ExaClient client = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, Version.current())
			.withBaseUrl(sandbox.baseUrl()));
		Set<String> ids = new HashSet<>();
		String cursor = null;
		ImportPage page;
		do {
			page = client.list(cursor, PAGE);
			page.data().stream().map(Import::id).forEach(ids::add);
			cursor = page.nextCursor();
		}
		while (!page.isLast());
		return ids.size();
	}

	/** The 1-minute load average from {@code /proc/loadavg}, or "?" where there is none. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException e) {
			return "?";
		}
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
