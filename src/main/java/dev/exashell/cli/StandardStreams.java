package dev.exashell.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's stdout and stderr as UTF-8 writers, and whether stdout is a terminal. A failed
 * write to stdout is thrown ({@link FailFastOutputStream}); stderr, where failures are reported,
 * is left as it is.
 */
public record StandardStreams(PrintWriter out, PrintWriter err, boolean stdoutIsTerminal) {

	public static StandardStreams system() {
		PrintWriter out = FailFastOutputStream.writer(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
		PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
		return new StandardStreams(out, err, detectTerminal());
	}

	/**
	 * Java 17's {@code System.console()} is non-null only when stdin and stdout are both terminals;
	 * from Java 22 it may be non-null regardless, and {@code Console.isTerminal()} tells.
	 */
	private static boolean detectTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException e) {
			return true;
		}
	}
}
