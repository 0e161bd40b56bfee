package dev.exashell.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time a process uses (all its threads), from Linux's {@code /proc}: a {@link Sample} holds
 * each thread's run time in nanoseconds ({@code /proc/PID/task/TID/schedstat}) and the process's
 * utime + stime in clock ticks ({@code /proc/PID/stat}, 10 ms steps). The difference of two samples
 * counts, per thread, only what it ran in between, so a thread that ends between them cannot
 * take its earlier time with it.
 */
final class ProcessCpu {

	/** Clock ticks per second ({@code getconf CLK_TCK}); the script passes it in, 100 on every common Linux. */
	private static final long TICKS = Long.getLong("clk.tck", 100);

	record Sample(Map<String, Long> threadNanos, long tickMillis) {

		/** Nanoseconds run between {@code earlier} and this sample, thread by thread. */
		long nanosSince(Sample earlier) {
			long total = 0;
			for (Map.Entry<String, Long> thread : threadNanos.entrySet()) {
				total += thread.getValue() - earlier.threadNanos.getOrDefault(thread.getKey(), 0L);
			}
			return total;
		}

		long tickMillisSince(Sample earlier) {
			return tickMillis - earlier.tickMillis;
		}
	}

	private ProcessCpu() {
	}

	static Sample sample(long pid) throws IOException {
		Path proc = Path.of("/proc", Long.toString(pid));
		Map<String, Long> threads = new HashMap<>();
		try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
			for (Path task : tasks.toList()) {
				try {
					threads.put(task.getFileName().toString(),
							Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]));
				}
				catch (NoSuchFileException e) {
					// the thread ended while we looked
				}
			}
		}
		String stat = Files.readString(proc.resolve("stat"));
		// the command name (field 2) is in parentheses and may hold spaces: count fields after its ')'
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return new Sample(threads, ticks * 1000 / TICKS);
	}

	/** CPU time used so far according to utime + stime, in milliseconds. */
	static long millis(long pid) throws IOException {
		return sample(pid).tickMillis();
	}

	static boolean available() {
		return Files.isReadable(Path.of("/proc/self/stat")) && Files.isReadable(Path.of("/proc/self/schedstat"));
	}
}
