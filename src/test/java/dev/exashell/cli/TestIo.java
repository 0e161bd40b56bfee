package dev.exashell.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** An {@link Io} over StringWriters, colour off, width 80, clock fixed: what tests assert on. */
public final class TestIo implements IoSource {

	public static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private final Io io;

	public TestIo(boolean tty) {
		this.io = new Io(new PrintWriter(out), new PrintWriter(err), tty, 80, false, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Override
	public Io io() {
		return io;
	}

	public String out() {
		io.out().flush();
		return out.toString();
	}

	public String err() {
		io.err().flush();
		return err.toString();
	}
}
