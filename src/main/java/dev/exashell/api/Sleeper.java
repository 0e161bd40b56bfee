package dev.exashell.api;

import java.time.Duration;

/** Waits; injected so tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

	Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

	void sleep(Duration duration) throws InterruptedException;
}
