package dev.exashell.render;

import dev.exashell.cli.Io;
import dev.exashell.cli.OutputFormat;
import dev.exashell.watch.WatchListener;
import dev.exashell.watch.WatchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What {@code watch} shows while it runs and when it ends (docs/output.md, "watch"): a live line
 * or table redrawn in place on a terminal, one line per status change when piped, one JSON event
 * per change with {@code -o jsonl}.
 */
public interface WatchView extends WatchListener {

	/** Whether the view redraws while waiting: then the wait should be sliced into {@link #tick}s. */
	boolean live();

	/** During a wait, {@code nextPollIn} before the next poll. */
	default void tick(Duration nextPollIn) {
	}

	/** The watch ended: closing lines (and on a terminal at most one hint). */
	void finish(List<WatchOutcome> outcomes);

	/**
	 * Where warnings go while {@code watch --status} is still finding its imports, before there is
	 * a view: as the view for this output will print them, with nothing live to redraw.
	 */
	static WatchListener discovery(Io io, OutputFormat format) {
		return switch (format.effective(io.tty())) {
			case AUTO, TABLE -> !io.tty() ? new WatchEventLines(io) : new WatchListener() {
				@Override
				public void onTransientError(String message, Duration retryIn) {
					io.err().print(WatchText.retryWarning(message, retryIn));
					io.err().flush();
				}
			};
			case JSON, JSONL -> new WatchJsonEvents(io);
			case TSV, CSV -> new WatchEventLines(io);
		};
	}

	/**
	 * The view for this output: live on a terminal with {@code -o table}; jsonl events for
	 * {@code -o jsonl} and {@code -o json}; otherwise (piped, even with {@code -o table}: a live
	 * line rewrites itself, which a pipe cannot show; {@code tsv}, {@code csv}) timestamped lines.
	 */
	static WatchView of(Io io, OutputFormat format, List<String> ids) {
		return of(io, format, ids, io.clock().instant());
	}

	/** As {@link #of(Io, OutputFormat, List)} for a watch that began at {@code start} (before finding its imports). */
	static WatchView of(Io io, OutputFormat format, List<String> ids, Instant start) {
		return switch (format.effective(io.tty())) {
			case AUTO, TABLE -> io.tty() ? new LiveWatchView(io, ids, start) : new WatchEventLines(io, start);
			case JSON, JSONL -> new WatchJsonEvents(io, start);
			case TSV, CSV -> new WatchEventLines(io, start);
		};
	}
}
