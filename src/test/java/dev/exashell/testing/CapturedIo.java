package dev.exashell.testing;

import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.Utf8PrintWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * An {@link Io} over buffers, what tests assert on, like gh's {@code iostreams.Test()}: colour
 * off unless asked, the clock fixed at {@link TestTime#NOW} unless given. Stdout is the writer
 * the shell prints to its real stdout through ({@link Utf8PrintWriter}), over bytes.
 */
public final class CapturedIo implements IoSource {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final StringWriter err = new StringWriter();
	private final Io io;

	/** @param width terminal columns, as {@link Io#width()} */
	public CapturedIo(boolean tty, int width, boolean color, Clock clock) {
		this.io = new Io(Utf8PrintWriter.over(out), new PrintWriter(err), tty, width, color, clock);
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
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Everything written to stderr so far. */
	public String err() {
		io.flush();
		return err.toString();
	}

	/** Forgets what was written, e.g. between the commands of one session. */
	public void clear() {
		io.flush();
		out.reset();
		err.getBuffer().setLength(0);
	}
}
