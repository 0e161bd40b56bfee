package dev.exashell.interactive;

import dev.exashell.cli.ExitCodes;

/**
 * Where the session's lines come from, which decides what a line whose output could not be
 * written (a full disk, a closed stdout) does to the session. A closed output pipe (141) ends it
 * either way: nobody reads any more.
 */
public enum LineSource {

	/** A person types them and reads the failure, reported on stderr: the session goes on. */
	TERMINAL,

	/**
	 * Piped or redirected in ({@code exa-shell < cmds.txt}, a CI job): nobody reads the report, so,
	 * as in a script, the first line whose output failed ends the session with that line's code.
	 */
	NOT_A_TERMINAL;

	/** Whether the session ends after a line that exited {@code code}, and whose output failed or not. */
	boolean endsSession(int code, boolean outputFailed) {
		return code == ExitCodes.BROKEN_PIPE || this == NOT_A_TERMINAL && outputFailed;
	}
}
