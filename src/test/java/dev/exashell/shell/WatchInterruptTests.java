package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Sleeper;
import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the interactive loop does on Ctrl-C, in-process: it interrupts the command's thread. Here a
 * watch runs on its own thread with real sleeps, and the test interrupts it while it sleeps and
 * while a request hangs; the watch ends at once with 130 and leaves the thread's flag clear.
 */
class WatchInterruptTests {

	private final WatchFixture fixture = WatchFixture.empty();

	@AfterEach
	void stop() {
		fixture.close();
	}

	/** Starts {@code line} on a new thread; the future completes with its result and whether the flag was still set. */
	private CompletableFuture<Result> start(TestShell shell, String line, AtomicReference<Thread> thread,
			AtomicBoolean flagAfter) {
		CompletableFuture<Result> result = new CompletableFuture<>();
		Thread worker = new Thread(() -> {
			Result r = shell.run(line);
			flagAfter.set(Thread.currentThread().isInterrupted());
			result.complete(r);
		}, "watch-under-test");
		thread.set(worker);
		worker.start();
		return result;
	}

	private TestShell realTime() {
		return TestShell.watching(fixture.sandbox, SandboxOptions.DEFAULT_API_KEY, OutputFormat.AUTO, false,
				Clock.systemUTC(), Sleeper.SYSTEM);
	}

	@Test
	void anInterruptDuringTheWaitEndsTheWatchWith130() {
		String id = fixture.create("Leads");
		AtomicReference<Thread> thread = new AtomicReference<>();
		AtomicBoolean flagAfter = new AtomicBoolean(true);
		int before = fixture.requestCount();

		CompletableFuture<Result> result = start(realTime(), "watch " + id + " --interval 30s", thread, flagAfter);
		Awaitility.await("the first poll").atMost(Duration.ofSeconds(10))
			.until(() -> fixture.requestsFrom(before).size() == 1);
		long interrupted = System.nanoTime();
		thread.get().interrupt();

		Result done = Awaitility.await("the watch to end").atMost(Duration.ofSeconds(5)).until(() -> result.getNow(null), r -> r != null);
		assertThat(Duration.ofNanos(System.nanoTime() - interrupted)).isLessThan(Duration.ofSeconds(5));
		assertThat(done.code()).isEqualTo(130);
		assertThat(done.outLines()).last().asString().endsWith(" " + id + " interrupted after 0s (still pending)");
		assertThat(flagAfter).isFalse();
		assertThat(fixture.requestsFrom(before)).hasSize(1);
	}

	@Test
	void anInterruptDuringASlowRequestEndsTheWatchWith130() {
		String id = fixture.create("Leads");
		fixture.sandbox.setFaults("latency:20s");
		AtomicReference<Thread> thread = new AtomicReference<>();
		AtomicBoolean flagAfter = new AtomicBoolean(true);
		int before = fixture.requestCount();

		CompletableFuture<Result> result = start(realTime(), "watch " + id, thread, flagAfter);
		Awaitility.await("the request to arrive").atMost(Duration.ofSeconds(10))
			.until(() -> fixture.requestsFrom(before).size() == 1);
		thread.get().interrupt();

		Result done = Awaitility.await("the watch to end").atMost(Duration.ofSeconds(5)).until(() -> result.getNow(null), r -> r != null);
		assertThat(done.code()).isEqualTo(130);
		assertThat(done.out()).matches("\\S+Z " + id + " interrupted after 0s\n");
		assertThat(done.err()).isEmpty();
		assertThat(flagAfter).isFalse();
	}
}
