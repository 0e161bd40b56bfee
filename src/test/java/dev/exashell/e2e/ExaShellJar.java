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
 * integration tests), run in a child JVM of the same Java as the tests with the launcher
 * script's start-up flags. Its environment is this one without the exa-shell variables, so a
 * developer's own key or base URL never leaks into a test, and unless a test gives one, its own
 * empty XDG_CONFIG_HOME, so neither does a saved key or profile.
 */
final class ExaShellJar {

	static final Path JAR = Path.of("target", "exa-shell.jar").toAbsolutePath();

	private static final List<String> CLEARED = List.of("EXA_API_KEY", "EXA_BASE_URL", "EXA_PROFILE", "COLUMNS",
			"NO_COLOR");

	private static final long TIMEOUT_SECONDS = 60;

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

	/** {@code java <flags> -jar target/exa-shell.jar <args>}. */
	static List<String> command(String... args) {
		if (!Files.isRegularFile(JAR)) {
			fail(JAR + " is missing: the integration tests run after 'mvn package' (use ./mvnw verify)");
		}
		List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xshare:auto", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		return command;
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
		File out = File.createTempFile("exa-it-", ".out");
		File err = File.createTempFile("exa-it-", ".err");
		Path config = Files.createTempDirectory("exa-it-config");
		try {
			ProcessBuilder builder = new ProcessBuilder(command(args)).directory(dir.toFile())
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
				process.destroyForcibly().waitFor();
				fail("exa-shell " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
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
