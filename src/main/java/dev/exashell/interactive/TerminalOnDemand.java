package dev.exashell.interactive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The terminal of a one-shot or script run, made only when something needs it: the width of a
 * table printed to a terminal, a masked {@code login} prompt, {@code delete}'s question, the saved
 * {@code history}. Built as the interactive shell builds its own (JLine's system terminal writing
 * to stdout, with the same {@link TerminalProviders}; the history file in the config directory);
 * a run that needs none of these (e.g. output to a pipe) never loads JLine.
 */
public final class TerminalOnDemand implements AutoCloseable {

	private final Path historyFile;
	private final Runnable beforeOpening;
	private Terminal terminal;
	private LineReader reader;

	/**
	 * @param historyFile where the interactive shell keeps its history
	 * @param beforeOpening run once before the terminal is opened (JLine's logging set up)
	 */
	public TerminalOnDemand(Path historyFile, Runnable beforeOpening) {
		this.historyFile = historyFile;
		this.beforeOpening = beforeOpening;
	}

	public synchronized Terminal terminal() {
		if (terminal == null) {
			beforeOpening.run();
			try {
				TerminalBuilder builder = TerminalBuilder.builder().systemOutput(TerminalBuilder.SystemOutput.SysOut);
				new TerminalProviders().customize(builder);
				terminal = builder.build();
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot open the terminal", e);
			}
		}
		return terminal;
	}

	public int width() {
		return terminal().getWidth();
	}

	/** A line reader on the terminal with the saved history loaded (read only: nothing here adds to it). */
	public synchronized LineReader lineReader() {
		if (reader == null) {
			reader = LineReaderBuilder.builder()
				.terminal(terminal())
				.appName("exa-shell")
				.variable(LineReader.HISTORY_FILE, historyFile)
				.history(new DefaultHistory())
				.build();
			reader.getHistory().attach(reader);
		}
		return reader;
	}

	/** Restores the terminal, if one was opened; closing again does nothing. */
	@Override
	public synchronized void close() {
		if (terminal != null) {
			Terminal opened = terminal;
			terminal = null;
			reader = null;
			try {
				opened.close();
			}
			catch (IOException e) {
				// the run is over; a terminal that cannot be restored has nothing left to say
			}
		}
	}
}
