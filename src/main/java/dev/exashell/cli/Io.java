package dev.exashell.cli;

import java.io.PrintWriter;
import java.time.Clock;

/**
 * The one way commands, renderers and the watch engine reach the user: where normal output and
 * diagnostics go, whether stdout is a terminal, how wide it is, whether to colour, and the clock
 * relative times are measured against. Tests build it over StringWriters and assert exact text.
 *
 * @param out normal output (tables, JSON); flushed by the caller at the end of a command
 * @param err diagnostics: errors, hints, footers, progress lines
 * @param tty whether stdout is a terminal: selects the human form (table, relative times)
 * @param width terminal columns; only meaningful when {@code tty}
 * @param color whether to emit ANSI colour
 * @param clock "now" for relative times and elapsed durations
 */
public record Io(PrintWriter out, PrintWriter err, boolean tty, int width, boolean color, Clock clock) {

	public void flush() {
		out.flush();
		err.flush();
	}
}
