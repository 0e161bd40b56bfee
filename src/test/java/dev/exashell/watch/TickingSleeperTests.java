package dev.exashell.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickingSleeperTests {

	private final FakeClock time = new FakeClock();
	private final List<Duration> ticks = new ArrayList<>();
	private final TickingSleeper sleeper = new TickingSleeper(time, Duration.ofSeconds(1), ticks::add);

	@Test
	void aWaitIsSlicedIntoSecondsWithTheTimeLeftReportedAfterEachSliceButTheLast() throws InterruptedException {
		sleeper.sleep(Duration.ofMillis(3500));
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
				Duration.ofMillis(500));
		assertThat(ticks).containsExactly(Duration.ofMillis(2500), Duration.ofMillis(1500), Duration.ofMillis(500));
	}

	@Test
	void aWaitOfOneTickOrLessIsOneSleepAndNoTick() throws InterruptedException {
		sleeper.sleep(Duration.ofSeconds(1));
		sleeper.sleep(Duration.ofMillis(100));
		sleeper.sleep(Duration.ZERO);
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(100));
		assertThat(ticks).isEmpty();
	}

	@Test
	void anInterruptStopsTheSlicing() {
		time.interruptOnSleep(2);
		assertThatThrownBy(() -> sleeper.sleep(Duration.ofSeconds(5))).isInstanceOf(InterruptedException.class);
		assertThat(ticks).containsExactly(Duration.ofSeconds(4));
	}
}
