package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InFlightTests {

	@Test
	void anInterruptOfTheWaitingThreadRunsTheAbortOnceAndLeavesTheFlagSet() throws InterruptedException {
		AtomicInteger aborts = new AtomicInteger();
		AtomicReference<InFlight> watch = new AtomicReference<>();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch aborted = new CountDownLatch(1);
		AtomicBoolean flagAfter = new AtomicBoolean();
		Thread waiter = new Thread(() -> {
			watch.set(watched(() -> {
				aborts.incrementAndGet();
				aborted.countDown();
			}));
			started.countDown();
			while (aborted.getCount() > 0) {
				Thread.onSpinWait();
			}
			flagAfter.set(Thread.currentThread().isInterrupted());
		});
		waiter.start();
		started.await();

		waiter.interrupt();
		waiter.join(2000);

		assertThat(watch.get().aborted()).isTrue();
		assertThat(flagAfter).isTrue();
		await().during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> aborts.get() == 1);
		watch.get().stop();
	}

	@Test
	void aStoppedAttemptIsNeverAborted() {
		AtomicInteger aborts = new AtomicInteger();
		InFlight watch = watched(aborts::incrementAndGet);
		watch.stop();

		Thread.currentThread().interrupt();
		try {
			// three sweeps' time, interrupted (so no sleep, and no Awaitility, which gives up at once)
			long end = System.nanoTime() + InFlight.PERIOD.multipliedBy(3).toNanos();
			while (System.nanoTime() < end) {
				Thread.onSpinWait();
			}
		}
		finally {
			Thread.interrupted();
		}
		assertThat(aborts).hasValue(0);
		assertThat(watch.aborted()).isFalse();
	}

	@Test
	void theAttemptsOfOtherThreadsAreLeftAlone() throws InterruptedException {
		AtomicInteger aborts = new AtomicInteger();
		InFlight mine = watched(aborts::incrementAndGet);
		AtomicBoolean theirsAborted = new AtomicBoolean();
		Thread other = new Thread(() -> {
			InFlight theirs = watched(() -> { });
			Thread.currentThread().interrupt();
			// no Awaitility here: it gives up at once in an interrupted thread
			long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
			while (!theirs.aborted() && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			theirsAborted.set(theirs.aborted());
			theirs.stop();
		});
		other.start();
		other.join(3000);

		assertThat(theirsAborted).isTrue();
		assertThat(mine.aborted()).isFalse();
		assertThat(aborts).hasValue(0);
		mine.stop();
	}

	@Test
	void theTraceHearsOfTheWaitOncePerTickUntilStopped() {
		RecordingTrace trace = new RecordingTrace();
		InFlight flight = InFlight.start(trace, Duration.ofMillis(100), "GET", URI.create("http://127.0.0.1:1/websets/v0/imports"),
				HttpTransport.Attempt.only());

		await().atMost(Duration.ofSeconds(2)).until(() -> trace.waiting().size() >= 2);
		flight.stop();
		int heard = trace.waiting().size();

		await().during(Duration.ofMillis(250)).atMost(Duration.ofSeconds(1)).until(() -> trace.waiting().size() == heard);
		assertThat(trace.waiting()).allMatch(line -> line.startsWith("waiting GET http://127.0.0.1:1/websets/v0/imports attempt 1 of 1"));
	}

	private static InFlight watched(Runnable abort) {
		InFlight flight = InFlight.start(HttpTrace.NONE, Duration.ofSeconds(1), "GET", URI.create("http://127.0.0.1:1/"),
				HttpTransport.Attempt.only());
		flight.abortWith(abort);
		return flight;
	}
}
