package dev.exashell.watch;

import dev.exashell.api.Sleeper;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sleeps in slices of {@code tick} and reports the time left after each slice but the last, so a
 * live view can count down to the next poll. One wake-up per tick: no busy waiting.
 */
public final class TickingSleeper implements Sleeper {

	private final Sleeper inner;
	private final Duration tick;
	private final Consumer<Duration> onTick;

	public TickingSleeper(Sleeper inner, Duration tick, Consumer<Duration> onTick) {
		this.inner = Objects.requireNonNull(inner, "inner");
		this.tick = Objects.requireNonNull(tick, "tick");
		this.onTick = Objects.requireNonNull(onTick, "onTick");
		if (tick.isNegative() || tick.isZero()) {
			throw new IllegalArgumentException("tick must be positive");
		}
	}

	@Override
	public void sleep(Duration duration) throws InterruptedException {
		Duration left = duration;
		while (left.compareTo(tick) > 0) {
			inner.sleep(tick);
			left = left.minus(tick);
			onTick.accept(left);
		}
		if (left.compareTo(Duration.ZERO) > 0) {
			inner.sleep(left);
		}
	}
}
