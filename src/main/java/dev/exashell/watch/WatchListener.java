package dev.exashell.watch;

import dev.exashell.api.Import;
import java.time.Duration;

/**
 * What a watch reports while it runs, for a renderer to show. Every method has a no-op default;
 * calls come on the watching thread, in order.
 */
public interface WatchListener {

	WatchListener NONE = new WatchListener() {
	};

	/** Every successful GET, before {@link #onChange}. */
	default void onPoll(Import current) {
	}

	/** The first GET of an import ({@code previous} null) and every change of status or {@code updatedAt}. */
	default void onChange(Import previous, Import current) {
	}

	/** A transient failure (network, 5xx, 429, malformed body), once per failed request; the watch goes on. */
	default void onTransientError(String message, Duration retryIn) {
	}

	/**
	 * Something the user should know that neither ends the watch nor is a failed request, e.g.
	 * the API answering for another import than the one asked for; said once per cause.
	 */
	default void onWarning(String message) {
	}

	/** After a round of successful polls, how long until the next one. */
	default void onWaiting(Duration nextPollIn) {
	}
}
