package dev.exashell.interactive;

import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ExitCodes;
import dev.exashell.session.Session;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.MaskingCallback;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * The prompt. Written around Spring Shell 4.0.1's runner, which exits the shell on Ctrl-C at the
 * prompt and lets Ctrl-C during a command kill the JVM: here Ctrl-C at the prompt clears the line,
 * Ctrl-C during a command interrupts that command only (its thread is interrupted, so sleeps and
 * HTTP calls stop) and the prompt comes back. Ctrl-D or {@code exit} leaves; so does output into
 * a pipe whose reader has gone (exit 141), and, when the lines are not typed at a terminal, the
 * first line whose output could not be written ({@link LineSource}); such a session prints no
 * prompt and sends its banner and the commands' diagnostics to stderr. Each line reaches the
 * dispatcher exactly as typed:
 * JLine's history expansion is off, because besides rewriting
 * {@code !!} it drops backslashes first, so {@code show a\ b} split into two words at the prompt
 * but not in a script.
 *
 * <p>The terminal does not echo while the loop runs. JLine reads each line in raw mode anyway and
 * restores the terminal's mode after it, so echo stays off while a command runs: what is typed
 * ahead stays buffered, unseen, and appears at the next prompt (a key pasted before the masked
 * prompt is up is never shown). A line that looks like a pasted key is masked at the prompt and
 * never kept in history ({@link SecretLikeLines}). The terminal's mode is restored on leaving.
 */
public final class InteractiveLoop {

	private final LineReader reader;
	private final CommandDispatcher dispatcher;
	private final Predicate<String> secretLike;
	private final Session session;
	private final String prompt;
	private final LineSource lines;
	private final BooleanSupplier outputFailed;

	/**
	 * @param secretLike lines that look like a pasted key (see {@code CommandCatalog})
	 * @param lines where the lines come from: a terminal, or a pipe or file
	 * @param outputFailed whether the output the commands write to has refused a write
	 */
	public InteractiveLoop(LineReader reader, CommandDispatcher dispatcher, Predicate<String> secretLike, Session session,
			String prompt, LineSource lines, BooleanSupplier outputFailed) {
		this.reader = reader;
		this.dispatcher = dispatcher;
		this.secretLike = secretLike;
		this.session = session;
		this.prompt = prompt;
		this.lines = lines;
		this.outputFailed = outputFailed;
	}

	/**
	 * @param stderr the process's stderr: where the banner goes when the lines are not typed at a
	 *     terminal ({@link LineSource#diagnostics}); no prompt is printed then
	 */
	public int run(String banner, PrintWriter stderr) {
		submitEveryLine(reader.getParser());
		reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
		Terminal terminal = reader.getTerminal();
		Attributes original = terminal.getAttributes();
		terminal.setAttributes(withoutEcho(original));
		try {
			PrintWriter bannerTo = lines.diagnostics(terminal.writer(), stderr);
			bannerTo.println(banner);
			bannerTo.flush();
			return readAndRun(terminal);
		}
		finally {
			terminal.flush();
			terminal.setAttributes(original);
		}
	}

	private int readAndRun(Terminal terminal) {
		// on a dumb terminal JLine would start a thread to hide what the terminal echoes
		MaskingCallback masking = isDumb(terminal) ? null : new SecretLikeLines(secretLike);
		while (!session.exitRequested()) {
			String line;
			try {
				Thread.interrupted();
				line = reader.readLine(lines.prompt(prompt), null, masking, null);
			}
			catch (UserInterruptException e) {
				continue;
			}
			catch (EndOfFileException e) {
				break;
			}
			int code = runInterruptibly(terminal, line);
			if (lines.endsSession(code, outputFailed.getAsBoolean())) {
				return code;
			}
		}
		return ExitCodes.OK;
	}

	private static Attributes withoutEcho(Attributes attributes) {
		Attributes quiet = new Attributes(attributes);
		quiet.setLocalFlag(LocalFlag.ECHO, false);
		return quiet;
	}

	private static boolean isDumb(Terminal terminal) {
		return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
	}

	/**
	 * Enter always runs the line, so bad quoting is reported by the tokenizer as in one-shot and
	 * script mode. Spring Shell's parser instead opens a {@code quote>} continuation prompt after
	 * an unclosed quote or a trailing backslash, which Ctrl-D cannot leave and which hands the
	 * tokenizer a multi-line buffer.
	 */
	static void submitEveryLine(Parser parser) {
		if (parser instanceof ExtendedDefaultParser extended) {
			extended.setEofOnUnclosedQuote(false);
			extended.setEofOnEscapedNewLine(false);
		}
		else if (parser instanceof DefaultParser jline) {
			jline.setEofOnUnclosedQuote(false);
			jline.setEofOnEscapedNewLine(false);
		}
	}

	private int runInterruptibly(Terminal terminal, String line) {
		Thread commandThread = Thread.currentThread();
		SignalHandler previous = terminal.handle(Signal.INT, signal -> commandThread.interrupt());
		try {
			return dispatcher.executeLine(line, null);
		}
		finally {
			terminal.handle(Signal.INT, previous);
			Thread.interrupted();
			terminal.flush();
		}
	}
}
