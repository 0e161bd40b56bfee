package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * The words of {@code watch}, shared by its terminal, piped and jsonl forms (see docs/output.md):
 * how an import ended, how long it took, the countdown to the next poll, and the one hint.
 */
final class WatchText {

	private WatchText() {
	}

	/** How long the import itself took: {@code createdAt} to {@code failedAt} (failed) or {@code updatedAt}. */
	static Optional<String> took(Import item) {
		Instant end = item.failedAt() != null ? item.failedAt() : item.updatedAt();
		if (item.createdAt() == null || end == null) {
			return Optional.empty();
		}
		return Optional.of(Durations.format(Duration.between(item.createdAt(), end)));
	}

	/** The warning a terminal shows for a failed request: {@code warning: <message> · retrying in 5s}. */
	static String retryWarning(String message, Duration retryIn) {
		return "warning: " + TerminalText.safe(message) + " · retrying in " + countdown(retryIn) + "\n";
	}

	/** {@code 3s} until the next poll, rounded up so the countdown never shows 0s. */
	static String countdown(Duration wait) {
		long millis = Math.max(0, wait.toMillis());
		return Durations.format(Duration.ofSeconds((millis + 999) / 1000));
	}

	/** {@code reason: message}, either alone, or empty. */
	static Optional<String> failure(Import item) {
		String reason = item.failedReason();
		String message = item.failedMessage();
		if (reason == null && message == null) {
			return Optional.empty();
		}
		return Optional.of(reason == null ? message : message == null ? reason : reason + ": " + message);
	}

	/**
	 * The terminal's closing line for one import, e.g. {@code ✓ imp_1 completed in 1m12s · 1,204 entities};
	 * empty for an API error, which the error reporter shows.
	 */
	static Optional<String> closing(WatchOutcome outcome, Duration watched, boolean color) {
		Import last = outcome.last();
		String id = TerminalText.safe(outcome.id());
		return Optional.ofNullable(switch (outcome.kind()) {
			case COMPLETED -> glyph(last.status(), color) + " " + id + " completed" + took(last).map(t -> " in " + t).orElse("")
					+ " · " + TerminalText.count(last.count(), "entity", "entities");
			case FAILED -> glyph(last.status(), color) + " " + id + " " + TerminalText.safe(last.status().value())
					+ took(last).map(t -> " after " + t).orElse("")
					+ failure(last).map(f -> " · " + TerminalText.safe(f)).orElse("");
			case TIMED_OUT, INTERRUPTED -> unfinished(outcome, watched, color);
			case NOT_FOUND, AUTH, ERROR -> null;
		});
	}

	private static String unfinished(WatchOutcome outcome, Duration watched, boolean color) {
		String how = outcome.kind() == Kind.TIMED_OUT ? "timed out" : "interrupted";
		String id = TerminalText.safe(outcome.id());
		if (outcome.last() == null) {
			return glyph(null, color) + " " + id + " " + how + " after " + Durations.format(watched)
					+ (outcome.message() == null || outcome.kind() == Kind.INTERRUPTED ? ""
							: " · last error: " + TerminalText.safe(outcome.message()));
		}
		ImportStatus status = outcome.last().status();
		return glyph(status, color) + " " + id + " still " + TerminalText.safe(status.value()) + " after "
				+ Durations.format(watched) + " · " + how;
	}

	/** The piped form of how an unfinished watch ended, e.g. {@code imp_1 timed out after 10s (still pending)}. */
	static String unfinishedPlain(WatchOutcome outcome, Duration watched) {
		String how = outcome.kind() == Kind.TIMED_OUT ? "timed out" : "interrupted";
		String tail = outcome.last() != null ? " (still " + outcome.last().status().value() + ")"
				: outcome.message() == null || outcome.kind() == Kind.INTERRUPTED ? ""
						: " (last error: " + outcome.message() + ")";
		return MachineText.tsv(outcome.id()) + " " + how + " after " + Durations.format(watched) + MachineText.tsv(tail);
	}

	/**
	 * At most one hint for a finished watch (terminal only): what to do about the first failed
	 * import, else about a timeout.
	 */
	static Optional<String> hint(List<WatchOutcome> outcomes) {
		for (WatchOutcome outcome : outcomes) {
			if (outcome.kind() == Kind.FAILED) {
				return Optional.of(FailureHints.forReason(outcome.failedReason())
					.orElse("show " + TerminalText.safe(outcome.id()) + " has every field"));
			}
		}
		if (outcomes.stream().anyMatch(o -> o.kind() == Kind.TIMED_OUT)) {
			return Optional.of("run the same watch again to keep waiting, or give a longer --timeout");
		}
		return Optional.empty();
	}

	/** An event's time: to the second for lines people read, to the millisecond in JSON. */
	static Instant at(Instant now, ChronoUnit unit) {
		return now.truncatedTo(unit);
	}

	private static String glyph(ImportStatus status, boolean color) {
		String glyph = StatusStyle.glyph(status);
		return color && status != null ? new AttributedString(glyph, StatusStyle.style(status)).toAnsi() : glyph;
	}
}
