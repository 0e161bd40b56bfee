package dev.exashell.cli;

import java.time.Clock;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The {@link Io} for this run. One-shot and script mode write to the process's stdout/stderr and
 * look up the terminal width only when stdout is a terminal; interactive mode writes through the
 * JLine terminal (supplied by the interactive wiring) so output and the prompt never fight.
 */
public final class ModeIo implements IoSource {

	private static final int DEFAULT_WIDTH = 80;

	private final StandardStreams streams;
	private final LaunchOptions launch;
	private final Map<String, String> env;
	private final IntSupplier terminalWidth;
	private final Clock clock;
	private Io standard;
	private IoSource interactive;

	public ModeIo(StandardStreams streams, LaunchOptions launch, Map<String, String> env, IntSupplier terminalWidth,
			Clock clock) {
		this.streams = streams;
		this.launch = launch;
		this.env = env;
		this.terminalWidth = terminalWidth;
		this.clock = clock;
	}

	/** From now on output goes to the interactive terminal. */
	public void useInteractive(IoSource terminal) {
		this.interactive = terminal;
	}

	@Override
	public Io io() {
		if (interactive != null) {
			return interactive.io();
		}
		if (standard == null) {
			boolean tty = streams.stdoutIsTerminal();
			int width = tty ? widthOf(terminalWidth) : DEFAULT_WIDTH;
			standard = new Io(streams.out(), streams.err(), tty, width, launch.colorFor(tty, env), clock);
		}
		return standard;
	}

	private int widthOf(IntSupplier source) {
		String columns = env.get("COLUMNS");
		if (columns != null && columns.matches("\\d{2,4}")) {
			return Integer.parseInt(columns);
		}
		int width = source.getAsInt();
		return width > 0 ? width : DEFAULT_WIDTH;
	}

	public boolean colorFor(boolean tty) {
		return launch.colorFor(tty, env);
	}

	public Clock clock() {
		return clock;
	}
}
