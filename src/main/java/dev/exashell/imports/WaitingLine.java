package dev.exashell.imports;

import dev.exashell.api.HttpTrace;
import dev.exashell.api.ShownUrls;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.render.Durations;
import java.net.URI;
import java.time.Duration;

/**
 * On a terminal, a request with no answer after {@link #SHOW_AFTER} gets a live line on stderr,
 * {@code waiting for 127.0.0.1:8080 · 12s · attempt 2 of 3 · Ctrl-C to stop}, redrawn in place
 * ({@code \r}, the line, {@code ESC[K}) every time the client says it is still waiting (about once
 * a second) and erased when the answer or the failure comes. The client calls it from its timer
 * thread while the command's thread waits, hence the locking.
 */
public final class WaitingLine implements HttpTrace {

	static final Duration SHOW_AFTER = Duration.ofSeconds(2);

	private final IoSource io;
	private boolean drawn;

	public WaitingLine(IoSource io) {
		this.io = io;
	}

	@Override
	public synchronized void onWaiting(String method, URI uri, Duration waited, int attempt, int attempts) {
		Io out = io.io();
		if (!out.tty() || waited.compareTo(SHOW_AFTER) < 0) {
			return;
		}
		String line = "waiting for " + ShownUrls.hostPort(uri) + " · " + Durations.format(waited)
				+ (attempts > 1 ? " · attempt " + attempt + " of " + attempts : "") + " · Ctrl-C to stop";
		out.err().print("\r" + fit(line, out.width()) + "\033[K");
		out.err().flush();
		drawn = true;
	}

	@Override
	public void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
		erase();
	}

	@Override
	public void onFailure(String method, URI uri, long durationMs, String message) {
		erase();
	}

	private synchronized void erase() {
		if (drawn) {
			io.io().err().print("\r\033[K");
			io.io().err().flush();
			drawn = false;
		}
	}

	/** Cut to one column less than the terminal, so the line never wraps (and {@code \r} returns to its start). */
	private static String fit(String line, int width) {
		int max = Math.max(1, width - 1);
		return line.codePointCount(0, line.length()) <= max ? line : line.substring(0, line.offsetByCodePoints(0, max));
	}
}
