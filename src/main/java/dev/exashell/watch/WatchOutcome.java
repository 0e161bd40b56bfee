package dev.exashell.watch;

import dev.exashell.api.Import;
import java.util.List;

/**
 * How the watch of one import ended.
 *
 * @param kind what happened
 * @param id the watched id
 * @param last the last import read, null if no GET succeeded
 * @param message the last error's message for NOT_FOUND, AUTH, ERROR, INTERRUPTED and a TIMED_OUT
 *     with no successful GET; null otherwise
 * @param error the API error that ended a NOT_FOUND, AUTH or ERROR watch, for the error reporter; null otherwise
 */
public record WatchOutcome(Kind kind, String id, Import last, String message, RuntimeException error) {

	/** The ways a watch ends; the commands map each to its exit code (README, Exit codes). */
	public enum Kind {
		COMPLETED,
		/** {@code failed} or any other final status the client does not know, such as {@code canceled}. */
		FAILED,
		TIMED_OUT,
		NOT_FOUND,
		/** 401 or 403. */
		AUTH,
		/** An API error that is neither transient nor one of the above (e.g. 400). */
		ERROR,
		INTERRUPTED
	}

	/** The final import's {@code failedReason}, null unless it has one. */
	public String failedReason() {
		return last == null ? null : last.failedReason();
	}

	public String failedMessage() {
		return last == null ? null : last.failedMessage();
	}

	/**
	 * The most serious way several watches ended, in the order interrupted, auth, not found, API
	 * error, timed out, failed; completed when all completed.
	 */
	public static Kind mostSerious(List<WatchOutcome> outcomes) {
		List<Kind> order = List.of(Kind.INTERRUPTED, Kind.AUTH, Kind.NOT_FOUND, Kind.ERROR, Kind.TIMED_OUT, Kind.FAILED);
		for (Kind kind : order) {
			if (outcomes.stream().anyMatch(o -> o.kind() == kind)) {
				return kind;
			}
		}
		return Kind.COMPLETED;
	}
}
