package dev.exashell.script;

import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.UsageException;
import dev.exashell.session.Session;

/**
 * Runs a {@code .exa} script line by line through the same dispatcher as the prompt, so the
 * session carries across lines. Blank lines and {@code #} comments are skipped (also a first-line
 * shebang). The first failing line stops the script with {@code path:line: message} and that
 * line's exit code, unless {@code continueOnError}, which runs on and returns the first failure's.
 * Ctrl-C and a closed output pipe (141) stop it either way.
 */
public final class ScriptRunner {

	public record Settings(boolean continueOnError, boolean echo) {
	}

	private static final int MAX_DEPTH = 8;

	private final IoSource io;
	private final Session session;
	private CommandDispatcher dispatcher;
	private int depth;

	public ScriptRunner(IoSource io, Session session) {
		this.io = io;
		this.session = session;
	}

	/** Set once wiring is done: the dispatcher runs the {@code script} command, which runs this. */
	public void attach(CommandDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	/** Whether a script is running now (at any depth): commands must not ask questions then. */
	public boolean running() {
		return depth > 0;
	}

	public int run(ScriptSource script, Settings settings) {
		if (depth >= MAX_DEPTH) {
			throw new UsageException("scripts nested more than " + MAX_DEPTH + " deep", "does a script run itself?");
		}
		depth++;
		try {
			return runLines(script, settings);
		}
		finally {
			depth--;
		}
	}

	private int runLines(ScriptSource script, Settings settings) {
		int firstFailure = ExitCodes.OK;
		for (int n = 1; n <= script.lines().size(); n++) {
			String line = script.lines().get(n - 1);
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			if (settings.echo()) {
				io.io().err().println("+ " + trimmed);
				io.io().err().flush();
			}
			int code = dispatcher.executeLine(line, script.name() + ":" + n);
			if (code == ExitCodes.INTERRUPTED || Thread.currentThread().isInterrupted()) {
				return ExitCodes.INTERRUPTED;
			}
			if (code == ExitCodes.BROKEN_PIPE) {
				return code; // nobody reads the output any more, --continue-on-error or not
			}
			if (session.exitRequested()) {
				return firstFailure == ExitCodes.OK ? code : firstFailure;
			}
			if (code != ExitCodes.OK) {
				if (!settings.continueOnError()) {
					return code;
				}
				firstFailure = firstFailure == ExitCodes.OK ? code : firstFailure;
			}
		}
		return firstFailure;
	}
}
