package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;

/**
 * {@code watch -o jsonl}: one compact JSON object per status change on stdout, in this order:
 * {@code time} (UTC, to the millisecond), {@code id}, {@code status}, {@code previousStatus}
 * (null at first sight); {@code count} when completed; {@code failedReason}, {@code failedMessage}
 * and {@code failedAt} when the import has a failure. {@code count} and {@code failedAt} are written
 * as the API sent them ({@code 2.5}, {@code 1e20}, {@code +02:00}); {@code status} in lower case. Warnings and how an unfinished watch ended
 * go to stderr as text, so stdout stays pure JSON lines.
 */
final class WatchJsonEvents implements WatchView {

	private final Io io;
	private final Instant start;

	WatchJsonEvents(Io io) {
		this(io, io.clock().instant());
	}

	WatchJsonEvents(Io io, Instant start) {
		this.io = io;
		this.start = start;
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
		StringWriter line = new StringWriter();
		try (JsonGenerator event = OutputJson.compact().createGenerator(line)) {
			event.writeStartObject();
			event.writeStringProperty("time", WatchText.at(io.clock().instant(), ChronoUnit.MILLIS).toString());
			event.writeStringProperty("id", current.id());
			event.writeStringProperty("status", current.status().value());
			event.writeStringProperty("previousStatus", previous == null ? null : previous.status().value());
			if (current.status().value().equals("completed")) {
				writeAsSent(event, current, "count", () -> event.writeNumber(current.count()));
			}
			if (current.status().value().equals("failed") || current.failedReason() != null) {
				event.writeStringProperty("failedReason", current.failedReason());
				event.writeStringProperty("failedMessage", current.failedMessage());
				writeAsSent(event, current, "failedAt",
						() -> event.writeString(current.failedAt() == null ? null : current.failedAt().toString()));
			}
			event.writeEndObject();
		}
		io.out().print(line + "\n");
		io.out().flush();
	}

	/** The field {@code name} with its value as the API sent it ({@code 2.5}, {@code +02:00}), else as {@code parsed} writes it. */
	private static void writeAsSent(JsonGenerator event, Import item, String name, Runnable parsed) {
		event.writeName(name);
		if (item.raw() == null || !item.raw().writeField(name, event)) {
			parsed.run();
		}
	}

	@Override
	public void onWarning(String message) {
		io.err().print("warning: " + MachineText.tsv(message) + "\n");
		io.err().flush();
	}

	@Override
	public void onTransientError(String message, Duration retryIn) {
		onWarning(message + " · retrying in " + WatchText.countdown(retryIn));
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
