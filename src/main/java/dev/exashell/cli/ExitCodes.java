package dev.exashell.cli;

/** The exit codes exa-shell promises in one-shot and script mode (README, {@code help}). */
public final class ExitCodes {

	public static final int OK = 0;
	public static final int API_ERROR = 1;
	public static final int USAGE = 2;
	public static final int NOT_FOUND = 3;
	public static final int AUTH = 4;
	public static final int IMPORT_FAILED = 5;
	public static final int TIMEOUT = 6;
	public static final int INTERRUPTED = 130;
	/** 128 + SIGPIPE: the reader of the output pipe went away ({@code | head}), as {@code yes | head} exits. */
	public static final int BROKEN_PIPE = 141;

	private ExitCodes() {
	}
}
