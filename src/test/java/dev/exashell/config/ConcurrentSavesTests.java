package dev.exashell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.config.ConfigFile.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves from several shells at once lose nothing: every read-modify-write of the config file holds
 * a lock, across processes (a lock file beside the config) and within one JVM, and re-reads under
 * it. Each test starts its writers together and then checks that every profile each one added is
 * in the file.
 */
class ConcurrentSavesTests {

	private static final int PROCESSES = 4;
	private static final int SAVES_PER_WRITER = 10;

	@TempDir
	Path home;

	private Path dir() {
		return home.resolve("exa-shell");
	}

	private static Set<String> expected(int writers) {
		Set<String> names = new TreeSet<>();
		for (int w = 0; w < writers; w++) {
			for (int i = 0; i < SAVES_PER_WRITER; i++) {
				names.add("w" + w + "-" + i);
			}
		}
		return names;
	}

	@Test
	void savesFromSeveralProcessesAtOnceAreAllKept() throws Exception {
		List<Process> processes = new ArrayList<>();
		try {
			for (int w = 0; w < PROCESSES; w++) {
				processes.add(new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
						ProfileSaver.class.getName(), dir().toString(), "w" + w, String.valueOf(SAVES_PER_WRITER))
					.redirectErrorStream(true).start());
			}
			for (Process process : processes) {
				assertThat(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
					.readLine()).isEqualTo("ready");
			}
			for (Process process : processes) {
				process.getOutputStream().write('\n');
				process.getOutputStream().flush();
			}
			for (Process process : processes) {
				assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("a writer finished").isTrue();
				assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes(),
						StandardCharsets.UTF_8)).isZero();
			}
		}
		finally {
			processes.forEach(Process::destroyForcibly);
		}

		assertThat(lost(new ConfigStore(dir()), PROCESSES)).as("profiles lost").isEmpty();
		assertThat(mode(dir().resolve("config.json"))).isEqualTo("rw-------");
		assertThat(mode(dir().resolve("config.json.lock"))).isEqualTo("rw-------");
	}

	@Test
	void savesFromSeveralThreadsOfOneShellAtOnceAreAllKept() throws Exception {
		int threads = 6;
		ConfigStore store = new ConfigStore(dir());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int w = 0; w < threads; w++) {
				String prefix = "w" + w;
				// a store per writer, as each command builds its own view of the same file
				ConfigStore own = w % 2 == 0 ? store : new ConfigStore(dir());
				done.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < SAVES_PER_WRITER; i++) {
						String name = prefix + "-" + i;
						own.update(config -> config.withProfile(name, new Profile("key-" + name, null)));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(lost(store, threads)).as("profiles lost").isEmpty();
	}

	@Test
	void aChangeThatRefusesWritesNothingAndReleasesTheLock() {
		ConfigStore store = new ConfigStore(dir());
		store.update(config -> config.withProfile("a", new Profile("key-a", null)));

		try {
			store.update(config -> {
				throw new IllegalStateException("no");
			});
		}
		catch (IllegalStateException expected) {
			// the change's own failure reaches the caller
		}
		store.update(config -> config.withProfile("b", new Profile("key-b", null)));

		assertThat(store.read().profiles().keySet()).containsExactly("a", "b");
	}

	@Test
	void ctrlCWhileWaitingForAnotherSaveIsReportedAndWritesNothing() throws Exception {
		ConfigStore store = new ConfigStore(dir());
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = pool.submit(() -> store.update(config -> {
				holding.countDown();
				await(release);
				return config.withProfile("first", new Profile("key-first", null));
			}));
			holding.await(30, TimeUnit.SECONDS);
			AtomicReference<Thread> waiter = new AtomicReference<>();
			Future<?> second = pool.submit(() -> {
				waiter.set(Thread.currentThread());
				return store.update(config -> config.withProfile("second", new Profile("key-second", null)));
			});
			Awaitility.await("the second save waiting").atMost(Duration.ofSeconds(30))
				.until(() -> waiter.get() != null && waiter.get().getState() == Thread.State.WAITING);
			waiter.get().interrupt();

			assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).cause()
				.isInstanceOfSatisfying(CliException.class, e -> {
					assertThat(e.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
					assertThat(e.getMessage()).isEqualTo("interrupted while waiting to save " + store.file()
							+ " (another exa-shell was saving)");
				});
			release.countDown();
			first.get(30, TimeUnit.SECONDS);
		}
		finally {
			release.countDown();
			pool.shutdownNow();
		}
		assertThat(store.read().profiles().keySet()).containsExactly("first");
	}

	@Test
	void aLockFileThatCannotBeOpenedIsReportedAndNothingIsWritten() throws IOException {
		ConfigStore store = new ConfigStore(dir());
		store.write(ConfigFile.EMPTY.withProfile("a", new Profile("key-a", null)));
		Files.createDirectory(dir().resolve("config.json.lock"));

		assertThatThrownBy(() -> store.update(config -> ConfigFile.EMPTY)).isInstanceOfSatisfying(CliException.class, e -> {
			assertThat(e.exitCode()).isEqualTo(ExitCodes.API_ERROR);
			assertThat(e.getMessage()).startsWith("cannot lock " + dir().resolve("config.json.lock")
					+ " to save the config: ");
			assertThat(e.hint()).isEqualTo("check that " + dir() + " is writable");
		});
		assertThat(store.read().profiles().keySet()).containsExactly("a");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The profiles the writers added that the file does not hold, and anything it holds that they did not add. */
	private static Set<String> lost(ConfigStore store, int writers) {
		Set<String> kept = store.read().profiles().keySet();
		Set<String> lost = expected(writers);
		lost.removeAll(kept);
		assertThat(kept).isSubsetOf(expected(writers));
		return lost;
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}
}
