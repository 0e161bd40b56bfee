package dev.exashell.interactive;

import dev.exashell.cli.ExitCodes;
import java.io.PrintWriter;

/**
 * Where the session's lines come from, which decides where the commands' diagnostics go and what a
 * line whose output could not be written (a full disk, a closed stdout) does to the session. A
 * closed output pipe (141) ends it either way: nobody reads any more.
 */
public enum LineSource {

	/** A person types them and reads the failure, reported on stderr: the session goes on. */
	TERMINAL,

	/**
	 * Piped or redirected in ({@code exa-shell < cmds.txt}, a CI job): nobody reads the report, so,
	 * as in a script, the first line whose output failed ends the session with that line's code.
	 */
	NOT_A_TERMINAL;

	/**
	 * Where the commands' diagnostics (errors, hints, warnings, footers, progress) go: at a terminal,
	 * the terminal's own writer, in order with the output the person reads; piped in, the process's
	 * stderr, so stdout holds only the data, as in one-shot and script mode.
	 */
	public PrintWriter diagnostics(PrintWriter terminal, PrintWriter stderr) {
		return this == TERMINAL ? terminal : stderr;
	}

	/**
	 * Whether the commands' output is for a terminal (a table, colour, the terminal's width): at a
	 * terminal, yes; piped in, only if stdout is one, so {@code exa-shell < cmds.txt | …} prints
	 * TSV, as one-shot and script mode do into a pipe (the JLine terminal of a piped-in session is
	 * a dumb one on stdout, whatever stdout is).
	 */
	public boolean outputIsTerminal(boolean stdoutIsTerminal) {
		return this == TERMINAL || stdoutIsTerminal;
	}

	/** The prompt shown before each line: none when nobody types the lines (it would land amid the data). */
	String prompt(String prompt) {
		return this == TERMINAL ? prompt : "";
	}

	/** Whether the session ends after a line that exited {@code code}, and whose output failed or not. */
	boolean endsSession(int code, boolean outputFailed) {
		return code == ExitCodes.BROKEN_PIPE || this == NOT_A_TERMINAL && outputFailed;
	}
}
