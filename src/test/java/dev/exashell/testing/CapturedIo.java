package dev.exashell.testing;

import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/**
 * An {@link Io} over StringWriters, what tests assert on, like gh's {@code iostreams.Test()}:
 * colour off unless asked, the clock fixed at {@link TestTime#NOW} unless given.
 */
public final class CapturedIo implements IoSource {

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private final Io io;

	/** @param width terminal columns, as {@link Io#width()} */
	public CapturedIo(boolean tty, int width, boolean color, Clock clock) {
		this.io = new Io(new PrintWriter(out), new PrintWriter(err), tty, width, color, clock);
	}

	/** A terminal {@code width} columns wide. */
	public static CapturedIo terminal(int width) {
		return new CapturedIo(true, width, false, TestTime.CLOCK);
	}

	public static CapturedIo colourTerminal(int width) {
		return new CapturedIo(true, width, true, TestTime.CLOCK);
	}

	/** Output that is not a terminal (width 80, which only a terminal's output reads). */
	public static CapturedIo piped() {
		return new CapturedIo(false, 80, false, TestTime.CLOCK);
	}

	/** {@link #terminal(int) terminal(80)} or {@link #piped()}. */
	public static CapturedIo of(boolean tty) {
		return tty ? terminal(80) : piped();
	}

	@Override
	public Io io() {
		return io;
	}

	/** Everything written to stdout so far. */
	public String out() {
		io.flush();
		return out.toString();
	}

	/** Everything written to stderr so far. */
	public String err() {
		io.flush();
		return err.toString();
	}

	/** Forgets what was written, e.g. between the commands of one session. */
	public void clear() {
		io.flush();
		out.getBuffer().setLength(0);
		err.getBuffer().setLength(0);
	}
}
