package dev.exashell.imports;

import dev.exashell.cli.Io;
import java.util.function.LongConsumer;

/**
 * The upload's progress line on stderr ({@code uploading data.csv: 12.5 of 48.0 MB (26%)}), for
 * files over 1 MB on a terminal; redrawn when the percentage changes and cleared at the end.
 * Bytes are counted on the HTTP client's threads, hence the locking.
 */
final class UploadProgress implements LongConsumer {

	static final long THRESHOLD = 1_000_000;

	private final Io io;
	private final String name;
	private final long total;
	private final boolean shown;
	private int percent = -1;
	private boolean drawn;
	private boolean closed;

	UploadProgress(Io io, String name, long total) {
		this.io = io;
		this.name = name;
		this.total = total;
		this.shown = io.tty() && total > THRESHOLD;
	}

	@Override
	public synchronized void accept(long sent) {
		int now = (int) (Math.min(sent, total) * 100 / total);
		if (!shown || closed || now == percent) {
			return;
		}
		percent = now;
		drawn = true;
		io.err().printf("\r\033[Kuploading %s: %.1f of %.1f MB (%d%%)", name, sent / 1e6, total / 1e6, now);
		io.err().flush();
	}

	/** Clears the line; nothing is drawn after this. */
	synchronized void close() {
		closed = true;
		if (drawn) {
			io.err().print("\r\033[K");
			io.err().flush();
		}
	}
}
