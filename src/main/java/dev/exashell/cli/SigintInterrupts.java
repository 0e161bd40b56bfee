package dev.exashell.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@link Interrupts} over {@code sun.misc.Signal} (module {@code jdk.unsupported}, the same API
 * JLine uses for its terminal signals). While registered, SIGINT interrupts the command's thread;
 * closing puts the previous handler back, which for one-shot mode is the JVM's own (exit 130).
 */
final class SigintInterrupts implements Interrupts {

	private static final String INT = "INT";

	static boolean available() {
		try {
			new Signal(INT);
			return true;
		}
		catch (IllegalArgumentException | LinkageError e) {
			return false;
		}
	}

	@Override
	public Registration forward(Thread thread) {
		Signal signal = new Signal(INT);
		SignalHandler previous;
		try {
			previous = Signal.handle(signal, s -> thread.interrupt());
		}
		catch (IllegalArgumentException e) {
			// the JVM runs with -Xrs, or SIGINT is reserved: Ctrl-C keeps its default effect
			return () -> {
			};
		}
		return () -> Signal.handle(signal, previous);
	}
}
