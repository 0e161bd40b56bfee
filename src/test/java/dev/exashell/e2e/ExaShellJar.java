package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged program, {@code target/exa-shell.jar} (built by {@code package} before the
 * integration tests), started the way users start it: through {@code scripts/exa-shell}, on the
 * same Java as the tests ({@code JAVA_HOME}), so with the launcher's JVM flags, its extracted
 * classpath and its class-data cache (prepared once, before the first test). The launcher is told
 * never to build ({@code EXA_SHELL_NO_BUILD}). Its environment is this one without the exa-shell
 * variables, so a developer's own key or base URL never leaks into a test, and unless a test gives
 * one, its own empty XDG_CONFIG_HOME, so neither does a saved key or profile.
 */
final class ExaShellJar {

	static final Path JAR = Path.of("target", "exa-shell.jar").toAbsolutePath();

	static final Path LAUNCHER = Path.of("scripts", "exa-shell").toAbsolutePath();

	private static final List<String> CLEARED = List.of("EXA_API_KEY", "EXA_BASE_URL", "EXA_PROFILE",
			"EXA_REQUEST_TIMEOUT", "EXA_SANDBOX_CLOCK", "EXA_SANDBOX_PROCESSING_SECONDS", "COLUMNS", "NO_COLOR");

	private static final long TIMEOUT_SECONDS = 60;

	/** Preparing the class-data cache trains a short session; it is done once, before the first run. */
	private static final long PREPARE_TIMEOUT_SECONDS = 300;

	private static boolean prepared;

	/** What one run did. */
	record Run(int code, String out, String err) {
	}

	private ExaShellJar() {
	}

	/** The java this JVM runs on. */
	static String java() {
		return ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException(
				"cannot tell which java runs the tests"));
	}

	/** {@code scripts/exa-shell <args>} on this Java, never building. */
	static List<String> command(String... args) {
		return command(LAUNCHER, args);
	}

	/** {@code <launcher> <args>} on this Java, never building: the launcher, a link to it or a script it runs. */
	static List<String> command(Path launcher, String... args) {
		if (!Files.isRegularFile(JAR)) {
			fail(JAR + " is missing: the integration tests run after 'mvn package' (use ./mvnw verify)");
		}
		prepareLauncherCache();
		List<String> command = new ArrayList<>(launcher(launcher));
		command.addAll(List.of(args));
		return command;
	}

	private static List<String> launcher() {
		return launcher(LAUNCHER);
	}

	private static List<String> launcher(Path launcher) {
		Path javaHome = Path.of(java()).toAbsolutePath().getParent().getParent();
		return List.of("env", "EXA_SHELL_NO_BUILD=1", "JAVA_HOME=" + javaHome, launcher.toString());
	}

	/**
	 * The launcher prepares its class-data cache on first use; doing that here, with stderr not a
	 * terminal, keeps its one-time note and delay out of the tests' screens and timeouts.
	 */
	private static synchronized void prepareLauncherCache() {
		if (prepared) {
			return;
		}
		prepared = true;
		List<String> command = new ArrayList<>(launcher());
		command.add("--version");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD);
			CLEARED.forEach(builder.environment()::remove);
			Process process = builder.start();
			if (!process.waitFor(PREPARE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
			}
		}
		catch (IOException e) {
			fail("cannot start " + LAUNCHER + ": " + e.getMessage());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Starts the program with {@code env} added to the cleaned environment (no XDG_CONFIG_HOME of
	 * its own: give one) and returns at once; standard input is a pipe, stdout and stderr are
	 * merged into {@code output}.
	 */
	static Process start(Map<String, String> env, Path output, String... args) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command(args)).redirectErrorStream(true)
			.redirectOutput(output.toFile());
		CLEARED.forEach(builder.environment()::remove);
		builder.environment().putAll(env);
		return builder.start();
	}

	static Run run(String... args) throws IOException, InterruptedException {
		return run(Map.of(), null, Path.of("").toAbsolutePath(), args);
	}

	/**
	 * Runs the program in {@code dir} with {@code env} added to the cleaned environment and
	 * {@code stdin} (null: none) as its standard input; stdout and stderr go to files, never a terminal.
	 */
	static Run run(Map<String, String> env, String stdin, Path dir, String... args)
			throws IOException, InterruptedException {
		return start(command(args), env, stdin, dir, String.join(" ", args));
	}

	/**
	 * Runs {@code bash -c script} where {@code "$@"} is {@code scripts/exa-shell <args>}, for
	 * what only a shell can set up: {@code > /dev/full}, a closed stdout, a pipe into {@code head}.
	 * The script's own stdout and stderr are captured as {@link #run} captures the program's.
	 */
	static Run inBash(String script, Map<String, String> env, String stdin, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash"));
		command.addAll(command(args));
		return start(command, env, stdin, Path.of("").toAbsolutePath(), script + " " + String.join(" ", args));
	}

	/** As {@link #run(Map, String, Path, String...)}, started through {@code launcher} instead of the script itself. */
	static Run runVia(Path launcher, Map<String, String> env, String stdin, Path dir, String... args)
			throws IOException, InterruptedException {
		return start(command(launcher, args), env, stdin, dir, launcher + " " + String.join(" ", args));
	}

	private static Run start(List<String> command, Map<String, String> env, String stdin, Path dir, String shown)
			throws IOException, InterruptedException {
		File out = File.createTempFile("exa-it-", ".out");
		File err = File.createTempFile("exa-it-", ".err");
		Path config = Files.createTempDirectory("exa-it-config");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
				.redirectOutput(out)
				.redirectError(err);
			CLEARED.forEach(builder.environment()::remove);
			builder.environment().put("XDG_CONFIG_HOME", config.toString());
			builder.environment().putAll(env);
			Process process = builder.start();
			try (OutputStream in = process.getOutputStream()) {
				if (stdin != null) {
					in.write(stdin.getBytes(StandardCharsets.UTF_8));
				}
			}
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly); // the JVM under bash, and head
				process.destroyForcibly().waitFor();
				fail("exa-shell " + shown + " did not finish in " + TIMEOUT_SECONDS + " s");
			}
			return new Run(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
		}
		finally {
			Files.deleteIfExists(out.toPath());
			Files.deleteIfExists(err.toPath());
			try (var files = Files.walk(config)) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}
}
