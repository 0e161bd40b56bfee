package dev.exashell.render;

import dev.exashell.cli.Io;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneOffset;

/** An {@link Io} over StringWriters with the clock fixed at {@link Fixtures#NOW}, like gh's {@code iostreams.Test()}. */
final class CapturedIo {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	final Io io;

	private CapturedIo(boolean tty, int width, boolean color) {
		this.io = new Io(new PrintWriter(out), new PrintWriter(err), tty, width, color,
				Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
	}

	static CapturedIo terminal(int width) {
		return new CapturedIo(true, width, false);
	}

	static CapturedIo colourTerminal(int width) {
		return new CapturedIo(true, width, true);
	}

	static CapturedIo piped() {
		return new CapturedIo(false, 0, false);
	}

	String out() {
		io.flush();
		return out.toString();
	}

	String err() {
		io.flush();
		return err.toString();
	}
}
