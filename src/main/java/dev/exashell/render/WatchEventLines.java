package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * {@code watch} when stdout is not a terminal: one line per status change (never one per poll),
 * each starting with its UTC time to the second, so a CI log reads as a history:
 *
 * <pre>
 * 2026-11-30T12:00:00Z imp_1 pending
 * 2026-11-30T12:00:09Z imp_1 processing (was pending)
 * 2026-11-30T12:00:21Z imp_1 completed (was processing) · 1204 entities
 * </pre>
 *
 * Warnings go to stderr, timestamped too; a timeout or an interrupt adds one closing line.
 */
final class WatchEventLines implements WatchView {

	private final Io io;
	private final Instant start;

	WatchEventLines(Io io) {
		this(io, io.clock().instant());
	}

	WatchEventLines(Io io, Instant start) {
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
		StringBuilder line = new StringBuilder(now()).append(' ').append(MachineText.tsv(current.id())).append(' ')
			.append(MachineText.tsv(current.status().value()));
		if (previous != null) {
			line.append(" (was ").append(MachineText.tsv(previous.status().value())).append(')');
		}
		if (current.status().value().equals("completed")) {
			line.append(" · ").append(current.count()).append(current.count() == 1 ? " entity" : " entities");
		}
		WatchText.failure(current).ifPresent(f -> line.append(" · ").append(MachineText.tsv(f)));
		io.out().print(line.append('\n'));
		io.out().flush();
	}

	@Override
	public void onWarning(String message) {
		io.out().flush();
		io.err().print(now() + " warning: " + MachineText.tsv(message) + "\n");
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
				io.out().print(now() + " " + WatchText.unfinishedPlain(outcome, watched) + "\n");
			}
		}
		io.flush();
	}

	private String now() {
		return WatchText.at(io.clock().instant(), ChronoUnit.SECONDS).toString();
	}
}
