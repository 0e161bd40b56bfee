package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InterruptWatchTests {

	@Test
	void anInterruptOfTheWatchedThreadRunsTheAbortOnceAndLeavesTheFlagSet() throws InterruptedException {
		AtomicInteger aborts = new AtomicInteger();
		AtomicReference<InterruptWatch> watch = new AtomicReference<>();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch aborted = new CountDownLatch(1);
		AtomicBoolean flagAfter = new AtomicBoolean();
		Thread waiter = new Thread(() -> {
			watch.set(InterruptWatch.start(() -> {
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

		assertThat(watch.get().fired()).isTrue();
		assertThat(flagAfter).isTrue();
		await().during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> aborts.get() == 1);
		watch.get().stop();
	}

	@Test
	void aStoppedWatchNeverAborts() {
		AtomicInteger aborts = new AtomicInteger();
		InterruptWatch watch = InterruptWatch.start(aborts::incrementAndGet);
		watch.stop();

		Thread.currentThread().interrupt();
		try {
			await().during(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> aborts.get() == 0);
		}
		finally {
			Thread.interrupted();
		}
		assertThat(watch.fired()).isFalse();
	}

	@Test
	void theWatchesOfOtherThreadsAreLeftAlone() throws InterruptedException {
		AtomicInteger aborts = new AtomicInteger();
		InterruptWatch mine = InterruptWatch.start(aborts::incrementAndGet);
		Thread other = new Thread(() -> {
			InterruptWatch theirs = InterruptWatch.start(() -> { });
			Thread.currentThread().interrupt();
			await().atMost(Duration.ofSeconds(1)).until(theirs::fired);
			theirs.stop();
		});
		other.start();
		other.join(2000);

		assertThat(mine.fired()).isFalse();
		assertThat(aborts).hasValue(0);
		mine.stop();
	}
}
