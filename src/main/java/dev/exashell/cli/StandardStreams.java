package dev.exashell.cli;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process's stdout and stderr as UTF-8 writers, and whether stdout is a terminal. A failed
 * write to stdout is thrown ({@link FailFastOutputStream}); stderr, where failures are reported,
 * is left as it is.
 */
public record StandardStreams(PrintWriter out, PrintWriter err, boolean stdoutIsTerminal) {

	public static StandardStreams system() {
		PrintWriter out = FailFastOutputStream.utf8Writer(new FileOutputStream(FileDescriptor.out),
				isPipe(Path.of("/proc/self/fd/1")));
		PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
		return new StandardStreams(out, err, detectTerminal());
	}

	/**
	 * Whether a {@code /proc/self/fd} entry is a pipe ({@code pipe:[inode]}). Then a failed write is
	 * EPIPE whatever language the system's message is in; elsewhere (no {@code /proc}) the message
	 * tells.
	 */
	static boolean isPipe(Path descriptor) {
		try {
			return Files.readSymbolicLink(descriptor).toString().startsWith("pipe:");
		}
		catch (IOException | UnsupportedOperationException | SecurityException e) {
			return false;
		}
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
