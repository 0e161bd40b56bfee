package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;

/**
 * One program in a real terminal: a detached tmux session on a private server (its own socket,
 * no user configuration), driven with send-keys and read with capture-pane. The program gets
 * its own XDG_CONFIG_HOME, so its command history never lands in the user's. The pane stays after
 * the program exits so its exit status can be read. {@link #close()} kills the server and
 * removes its socket, which tmux leaves behind.
 */
final class Tmux implements AutoCloseable {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Pattern EXIT_STATUS = Pattern.compile("^\\[exit status (\\d+)]$", Pattern.MULTILINE);

	private final String socket = "exa-it-" + UUID.randomUUID().toString().substring(0, 8);
	private final Path config;
	private final Path configHome;
	private Path socketPath;

	private Tmux(Path config, Path configHome) {
		this.config = config;
		this.configHome = configHome;
	}

	/**
	 * Starts {@code command} in a {@code width}×{@code height} terminal, through {@code sh} so its
	 * exit status is printed after it ({@code [exit status N]}): tmux itself does not always learn
	 * it when the program closes the terminal before it exits. Ctrl-C reaches the whole foreground
	 * group, so {@code sh} traps SIGINT (its child still gets the default action) to outlive it.
	 * Without tmux on the PATH the test is skipped on a developer machine (no {@code CI} variable)
	 * but fails on CI, since {@code scripts/install-test-tools} installs it there.
	 */
	static Tmux start(int width, int height, List<String> command) throws IOException, InterruptedException {
		return start(width, height, Map.of(), command);
	}

	/** As {@link #start(int, int, List)}, with {@code env} added to the program's environment. */
	static Tmux start(int width, int height, Map<String, String> env, List<String> command)
			throws IOException, InterruptedException {
		requireTmux();
		Path config = Files.createTempFile("exa-it-tmux", ".conf");
		Files.writeString(config, "set -g remain-on-exit on\nset -g history-limit 10000\nset -g default-terminal screen\n");
		Tmux tmux = new Tmux(config, Files.createTempDirectory("exa-it-config"));
		List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", "it", "-x", String.valueOf(width), "-y",
				String.valueOf(height), "-e", "LANG=C.UTF-8", "-e", "XDG_CONFIG_HOME=" + tmux.configHome));
		env.forEach((name, value) -> args.addAll(List.of("-e", name + "=" + value)));
		args.addAll(List.of("sh", "-c", "trap : INT; \"$@\"; echo \"[exit status $?]\"", "sh"));
		args.addAll(command);
		tmux.tmux(args.toArray(String[]::new));
		tmux.socketPath = Path.of(tmux.tmux("display-message", "-p", "#{socket_path}").strip());
		return tmux;
	}

	private static void requireTmux() {
		boolean found;
		try {
			found = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException e) {
			found = false;
		}
		if (!found) {
			String why = "tmux is not on the PATH; scripts/install-test-tools installs it";
			if (System.getenv("CI") != null) {
				fail(why + " (CI is set, so this test may not be skipped)");
			}
			Assumptions.abort(why + "; skipped because CI is not set");
		}
	}

	/** The program's XDG_CONFIG_HOME: a fresh directory, removed by {@link #close()}. */
	Path configHome() {
		return configHome;
	}

	/** Types {@code text} literally, then Enter. */
	void type(String text) {
		tmux("send-keys", "-t", "it", "-l", text);
		tmux("send-keys", "-t", "it", "Enter");
	}

	/** Sends tmux key names, e.g. {@code C-c}. */
	void keys(String... keys) {
		List<String> args = new ArrayList<>(List.of("send-keys", "-t", "it"));
		args.addAll(List.of(keys));
		tmux(args.toArray(String[]::new));
	}

	/** Everything the terminal shows and has scrolled off, lines joined where they wrapped, trailing blanks cut. */
	String screen() {
		return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "it").stripTrailing() + "\n";
	}

	/** Polls the screen until {@code condition} holds (at most 30 s) and returns it. */
	String awaitScreen(String description, Predicate<String> condition) {
		return Awaitility.await(description).atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
			.until(this::screen, condition);
	}

	/** The program's exit status once it has exited. */
	int awaitExitStatus() {
		Matcher status = EXIT_STATUS.matcher(awaitScreen("the program to exit", s -> EXIT_STATUS.matcher(s).find()));
		status.find();
		return Integer.parseInt(status.group(1));
	}

	private String tmux(String... args) {
		List<String> command = new ArrayList<>(List.of("tmux", "-u", "-L", socket, "-f", config.toString()));
		command.addAll(List.of(args));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			List.of("EXA_API_KEY", "EXA_BASE_URL", "EXA_PROFILE", "NO_COLOR", "TMUX").forEach(builder.environment()::remove);
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("tmux " + String.join(" ", args) + " failed: " + output);
			}
			return output;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot run tmux", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			tmux("kill-server");
		}
		catch (IllegalStateException e) {
			// the server is already gone
		}
		finally {
			if (socketPath != null) {
				Files.deleteIfExists(socketPath);
			}
			Files.deleteIfExists(config);
			try (Stream<Path> files = Files.walk(configHome)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}
}
