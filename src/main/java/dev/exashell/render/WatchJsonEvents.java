package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code watch -o jsonl}: one compact JSON object per status change on stdout, in this order:
 * {@code time} (UTC, to the millisecond), {@code id}, {@code status}, {@code previousStatus}
 * (null at first sight); {@code count} when completed; {@code failedReason}, {@code failedMessage}
 * and {@code failedAt} when the import has a failure. Warnings and how an unfinished watch ended
 * go to stderr as text, so stdout stays pure JSON lines.
 */
final class WatchJsonEvents implements WatchView {

	private final Io io;
	private final Instant start;

	WatchJsonEvents(Io io) {
		this.io = io;
		this.start = io.clock().instant();
	}

	@Override
	public boolean live() {
		return false;
	}

	@Override
	public void onChange(Import previous, Import current) {
		if (previous != null && Objects.equals(previous.status(), current.status())) {
			return;
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("time", WatchText.at(io.clock().instant(), ChronoUnit.MILLIS).toString());
		event.put("id", current.id());
		event.put("status", current.status().value());
		event.put("previousStatus", previous == null ? null : previous.status().value());
		if (current.status().value().equals("completed")) {
			event.put("count", current.count());
		}
		if (current.status().value().equals("failed") || current.failedReason() != null) {
			event.put("failedReason", current.failedReason());
			event.put("failedMessage", current.failedMessage());
			event.put("failedAt", current.failedAt() == null ? null : current.failedAt().toString());
		}
		io.out().print(Json.compact().writeValueAsString(event) + "\n");
		io.out().flush();
	}

	@Override
	public void onTransientError(String message, Duration retryIn) {
		io.err().print("warning: " + MachineText.tsv(message) + " · retrying in " + WatchText.countdown(retryIn) + "\n");
		io.err().flush();
	}

	@Override
	public void finish(List<WatchOutcome> outcomes) {
		Duration watched = Duration.between(start, io.clock().instant());
		for (WatchOutcome outcome : outcomes) {
			if (outcome.kind() == Kind.TIMED_OUT || outcome.kind() == Kind.INTERRUPTED) {
				io.err().print(WatchText.unfinishedPlain(outcome, watched) + "\n");
			}
		}
		io.flush();
	}
}
