package dev.exashell.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The built program as users run it: {@code java} with the launcher's flags and
 * {@code -jar target/exa-shell.jar}, stdout and stderr to files (not a terminal), against a
 * sandbox in the benchmark's JVM. Also the baseline: an idle JVM with the same flags.
 */
final class JarRuns {

	static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

	private final String java;
	private final Path jar;
	private final String testClasses;

	JarRuns(String java, Path jar, String testClasses) {
		this.java = java;
		this.jar = jar;
		this.testClasses = testClasses;
	}

	/** A started process and the file its stdout goes to. */
	record Running(Process process, File out, File err) implements AutoCloseable {

		long pid() {
			return process.pid();
		}

		String stdout() throws IOException {
			return Files.readString(out.toPath());
		}

		/** Waits (at most 60 s) until stdout satisfies {@code ready}. */
		void awaitOut(Predicate<String> ready, String what) throws IOException, InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!ready.test(stdout())) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException(what + " did not happen; stderr: " + Files.readString(err.toPath()));
				}
				Thread.sleep(20);
			}
		}

		int awaitExit() throws InterruptedException {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the process did not end");
			}
			return process.exitValue();
		}

		@Override
		public void close() throws IOException {
			process.destroy();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			Files.deleteIfExists(out.toPath());
			Files.deleteIfExists(err.toPath());
		}
	}

	/** {@code exa-shell --base-url BASE ARGS...} with {@code EXA_API_KEY=sandbox}. */
	Running exaShell(String baseUrl, List<String> args) throws IOException {
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(LAUNCHER_FLAGS);
		command.addAll(List.of("-jar", jar.toString(), "--base-url", baseUrl));
		command.addAll(args);
		return start(command);
	}

	/** The baseline: the same java and flags, sleeping for {@code seconds}. */
	Running idleJvm(long seconds) throws IOException {
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(LAUNCHER_FLAGS);
		command.addAll(List.of("-cp", testClasses, IdleJvm.class.getName(), Long.toString(seconds)));
		return start(command);
	}

	/** {@code java -version}'s first line, for the report. */
	String javaVersion() throws IOException, InterruptedException {
		Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		return text.lines().findFirst().orElse("?");
	}

	private Running start(List<String> command) throws IOException {
		File out = File.createTempFile("exa-bench-", ".out");
		File err = File.createTempFile("exa-bench-", ".err");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err);
		List.of("EXA_BASE_URL", "NO_COLOR", "COLUMNS").forEach(builder.environment()::remove);
		builder.environment().put("EXA_API_KEY", "sandbox");
		return new Running(builder.start(), out, err);
	}
}
