package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several copies of the built program changing one config file at the same moment lose nothing.
 * Each runs a script from standard input: a list call to a server here that answers no one until
 * all of them have asked (so they start together), then {@code profile remove} for each of its
 * own profiles and {@code logout --forget} for its own profile. Afterwards every removed profile
 * must be gone and every forgotten key too, the rest of the file as it was.
 */
class ConcurrentSavesIT {

	private static final int SHELLS = 4;
	private static final int PROFILES_PER_SHELL = 8;

	@TempDir
	Path home;

	@Test
	void shellsChangingTheConfigAtOnceLoseNoChange() throws Exception {
		Path configHome = Files.createDirectories(home.resolve("config"));
		ConfigStore store = new ConfigStore(configHome.resolve("exa-shell"));
		store.write(seeded());

		List<String> outputs = runTogether(configHome);

		ConfigFile after = store.read();
		Map<String, Profile> expected = new TreeMap<>();
		for (int shell = 0; shell < SHELLS; shell++) {
			expected.put("own" + shell, new Profile(null, "http://127.0.0.1:1/own" + shell));
		}
		assertThat(after.profiles()).as("what the shells printed: %s", outputs).isEqualTo(expected);
		assertThat(after.activeProfile()).isEqualTo("own0");
	}

	/** Each shell's own profile with a key, and its profiles to remove. */
	private static ConfigFile seeded() {
		ConfigFile config = ConfigFile.EMPTY.withActive("own0");
		for (int shell = 0; shell < SHELLS; shell++) {
			config = config.withProfile("own" + shell, new Profile("key-own-" + shell, "http://127.0.0.1:1/own" + shell));
			for (int i = 0; i < PROFILES_PER_SHELL; i++) {
				config = config.withProfile("p" + shell + "-" + i, new Profile("key-" + shell + "-" + i, null));
			}
		}
		return config;
	}

	private List<String> runTogether(Path configHome) throws Exception {
		CountDownLatch everyoneAsked = new CountDownLatch(SHELLS);
		HttpServer barrier = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		ExecutorService threads = Executors.newFixedThreadPool(SHELLS);
		barrier.setExecutor(threads);
		barrier.createContext("/", exchange -> {
			everyoneAsked.countDown();
			try {
				everyoneAsked.await(120, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			byte[] body = "{\"data\":[],\"hasMore\":false,\"nextCursor\":null}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		barrier.start();
		List<Process> shells = new ArrayList<>();
		List<Path> outputs = new ArrayList<>();
		try {
			String base = "http://127.0.0.1:" + barrier.getAddress().getPort() + "/websets";
			for (int shell = 0; shell < SHELLS; shell++) {
				Path output = Files.createTempFile(home, "shell", ".txt");
				outputs.add(output);
				Process process = ExaShellJar.start(Map.of("XDG_CONFIG_HOME", configHome.toString(), "EXA_API_KEY",
						"barrier-key"), output, "--profile", "own" + shell, "--base-url", base, "-f", "-");
				try (OutputStream in = process.getOutputStream()) {
					in.write(script(shell).getBytes(StandardCharsets.UTF_8));
				}
				shells.add(process);
			}
			List<String> printed = new ArrayList<>();
			for (int shell = 0; shell < SHELLS; shell++) {
				Process process = shells.get(shell);
				assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("shell %d finished", shell).isTrue();
				String output = Files.readString(outputs.get(shell));
				printed.add(output);
				assertThat(process.exitValue()).as(output).isZero();
			}
			return printed;
		}
		finally {
			shells.forEach(Process::destroyForcibly);
			barrier.stop(0);
			threads.shutdownNow();
		}
	}

	private static String script(int shell) {
		StringBuilder script = new StringBuilder("list --limit 1\n");
		for (int i = 0; i < PROFILES_PER_SHELL; i++) {
			script.append("profile remove p").append(shell).append('-').append(i).append('\n');
		}
		return script.append("logout --forget\n").toString();
	}
}
