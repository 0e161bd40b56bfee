package dev.exashell.interactive;

import dev.exashell.cli.LinePrompt;
import dev.exashell.cli.ModeIo;
import dev.exashell.session.SecretPrompt;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * The questions a command may ask on the terminal, read by a JLine line reader made only when one
 * is asked: the interactive shell's reader, or in one-shot and script mode the one of
 * {@link TerminalOnDemand}. Without a terminal there is no answer (empty).
 */
public final class ReaderPrompts {

	private ReaderPrompts() {
	}

	/** The masked prompt for login: JLine does not add masked lines to history. */
	public static SecretPrompt secret(Supplier<LineReader> lineReader, ModeIo modeIo) {
		return prompt -> {
			if (!modeIo.io().tty()) {
				return Optional.empty();
			}
			modeIo.io().flush();
			try {
				return Optional.of(lineReader.get().readLine(prompt, '*'));
			}
			catch (UserInterruptException | EndOfFileException e) {
				return Optional.of("");
			}
		};
	}

	/** Reads the answer to a question (delete's confirmation), outside history. */
	public static LinePrompt confirm(Supplier<LineReader> lineReader, ModeIo modeIo) {
		return question -> {
			if (!modeIo.io().tty()) {
				return Optional.empty();
			}
			modeIo.io().flush();
			LineReader reader = lineReader.get();
			Object before = reader.getVariable(LineReader.DISABLE_HISTORY);
			reader.setVariable(LineReader.DISABLE_HISTORY, true);
			try {
				return Optional.of(reader.readLine(question));
			}
			catch (UserInterruptException | EndOfFileException e) {
				return Optional.of("");
			}
			finally {
				reader.setVariable(LineReader.DISABLE_HISTORY, before == null ? false : before);
			}
		};
	}
}
