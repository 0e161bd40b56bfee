package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.cli.IoSource;
import dev.exashell.watch.WatchListener;
import dev.exashell.watch.WatchOutcome;
import java.time.Duration;

/**
 * What {@code create --wait} prints while the watch engine polls: one stderr line per status
 * change, one per transient error, and how the watch ended. (The {@code watch} command has the
 * full renderer.)
 */
final class WaitReport implements WatchListener {

	private final IoSource io;

	WaitReport(IoSource io) {
		this.io = io;
	}

	@Override
	public void onChange(Import previous, Import current) {
		if (previous == null || !previous.status().equals(current.status())) {
			String from = previous == null ? "" : previous.status().value() + " → ";
			print(current.id() + ": " + from + current.status().value());
		}
	}

	@Override
	public void onWarning(String message) {
		print("warning: " + message);
	}

	@Override
	public void onTransientError(String message, Duration retryIn) {
		print("still waiting: " + message + " (next try in " + retryIn.toSeconds() + " s)");
	}

	void finished(WatchOutcome outcome) {
		String id = outcome.id();
		print(switch (outcome.kind()) {
			case COMPLETED -> id + " completed: " + String.format("%,d", outcome.last().count())
					+ (outcome.last().count() == 1 ? " row" : " rows");
			case FAILED -> id + " " + outcome.last().status().value()
					+ (outcome.failedReason() == null ? "" : ": " + outcome.failedReason())
					+ (outcome.failedMessage() == null ? "" : ": " + outcome.failedMessage());
			case TIMED_OUT -> "stopped waiting: the timeout passed and " + id + " is still "
					+ (outcome.last() == null ? "not known" : outcome.last().status().value());
			case INTERRUPTED -> "stopped waiting; " + id + " goes on without us";
			default -> "stopped waiting for " + id + ": " + outcome.message();
		});
	}

	private void print(String line) {
		io.io().err().println(line);
		io.io().err().flush();
	}
}
