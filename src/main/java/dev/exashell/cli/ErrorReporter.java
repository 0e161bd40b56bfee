package dev.exashell.cli;

import dev.exashell.api.ApiException;
import dev.exashell.api.ApiIoException;
import dev.exashell.api.ApiTimeoutException;
import dev.exashell.api.InvalidDataException;
import dev.exashell.api.NotFoundException;
import dev.exashell.api.PagingLoopException;
import dev.exashell.api.PermissionDeniedException;
import dev.exashell.api.UnauthorizedException;
import dev.exashell.api.UnreadableBodyException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

/**
 * The one place where a failure becomes what the user sees: a one-line {@code error: …}, at most
 * one {@code hint: …} line, and an exit code. Stack traces only with {@code --debug}.
 */
public final class ErrorReporter {

	/** What a failure means to the user. */
	public record Report(int exitCode, String message, String hint) {
	}

	private final boolean debug;
	private final PrintWriter fallback;

	public ErrorReporter(boolean debug) {
		this(debug, null);
	}

	/**
	 * @param fallback where to report when {@code err} itself cannot be written (the interactive
	 *     terminal writes both output and errors): the process's stderr; null for none
	 */
	public ErrorReporter(boolean debug, PrintWriter fallback) {
		this.debug = debug;
		this.fallback = fallback;
	}

	/** Prints the failure's lines (none for a closed output pipe) and returns its exit code. */
	public int report(Throwable failure, PrintWriter err, String location) {
		Report report = describe(failure);
		if (report.message() == null) {
			return report.exitCode();
		}
		try {
			print(report, failure, err, location);
		}
		catch (OutputFailedException unwritable) {
			if (fallback != null && fallback != err) {
				print(report, failure, fallback, location);
			}
		}
		return report.exitCode();
	}

	private void print(Report report, Throwable failure, PrintWriter err, String location) {
		String prefix = location == null ? "error: " : location + ": ";
		err.println(prefix + oneLine(report.message()));
		if (report.hint() != null) {
			err.println("hint: " + oneLine(report.hint()));
		}
		if (debug) {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			err.print(trace);
		}
		err.flush();
	}

	/** What the user is told; a null message means nothing is printed (a closed output pipe). */
	public static Report describe(Throwable failure) {
		OutputFailedException unwritable = outputFailure(failure);
		if (unwritable != null) {
			return unwritable.brokenPipe() ? new Report(ExitCodes.BROKEN_PIPE, null, null)
					: new Report(ExitCodes.API_ERROR, unwritable.getMessage(), null);
		}
		Throwable cause = unwrap(failure);
		if (cause instanceof CliException e) {
			return new Report(e.exitCode(), e.getMessage(), e.hint());
		}
		if (cause instanceof NotFoundException e && e.wrongBaseUrl()) {
			return new Report(ExitCodes.API_ERROR, "no Imports API at " + e.triedUrl() + " (" + serverText(e) + ")",
					"check the base URL: it should end in /websets, as " + LaunchOptions.DEFAULT_BASE_URL + " does");
		}
		if (cause instanceof NotFoundException e) {
			return new Report(ExitCodes.NOT_FOUND, "not found: " + serverText(e), "list shows the ids that exist");
		}
		if (cause instanceof UnauthorizedException e) {
			return new Report(ExitCodes.AUTH, "the API key was refused (" + serverText(e) + ")",
					"set EXA_API_KEY to a valid key, or run login");
		}
		if (cause instanceof PermissionDeniedException e) {
			return new Report(ExitCodes.AUTH, "this key may not do that (" + serverText(e) + ")",
					"check the key's permissions in the Exa dashboard");
		}
		if (cause instanceof ApiException e) {
			String id = e.requestId() == null ? "" : " [request " + e.requestId() + "]";
			return new Report(ExitCodes.API_ERROR, "the API answered " + serverText(e) + id,
					e.status() >= 500 || e.status() == 429 ? "try again in a moment" : null);
		}
		if (cause instanceof ApiTimeoutException e) {
			return new Report(ExitCodes.API_ERROR, e.getMessage(), "each attempt waits " + shortly(e.perAttempt())
					+ " for an answer; change it with --request-timeout or EXA_REQUEST_TIMEOUT");
		}
		if (cause instanceof ApiIoException e && e.getCause() instanceof InterruptedException) {
			return new Report(ExitCodes.INTERRUPTED, "interrupted", null);
		}
		if (cause instanceof ApiIoException e) {
			return new Report(ExitCodes.API_ERROR, e.getMessage(), "check the base URL and your network");
		}
		if (cause instanceof PagingLoopException e) {
			return new Report(ExitCodes.API_ERROR, e.getMessage(), null);
		}
		if (cause instanceof UnreadableBodyException e) {
			return new Report(ExitCodes.API_ERROR, e.getMessage(), "the answer may have been cut off on the way; "
					+ "try again in a moment");
		}
		if (cause instanceof InvalidDataException e) {
			return new Report(ExitCodes.API_ERROR, e.getMessage(), null);
		}
		if (cause instanceof InterruptedException) {
			return new Report(ExitCodes.INTERRUPTED, "interrupted", null);
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
				: cause.getClass().getSimpleName() + ": " + cause.getMessage();
		return new Report(ExitCodes.API_ERROR, "internal error: " + message, "run with --debug for details");
	}

	/** {@code 30s}, or {@code 250ms} when not whole seconds. */
	private static String shortly(Duration duration) {
		long millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
	}

	private static String serverText(ApiException e) {
		return e.getMessage();
	}

	/** An output failure anywhere in the chain: a library (Jackson) may have wrapped it. */
	private static OutputFailedException outputFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OutputFailedException e) {
				return e;
			}
		}
		return null;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable current = failure;
		while ((current instanceof java.lang.reflect.InvocationTargetException
				|| current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ').replace('\r', ' ');
	}
}
