package dev.exashell.cli;

import org.jline.utils.Signals;

/**
 * {@link Interrupts} over JLine's {@link Signals} (which reaches {@code sun.misc.Signal} by
 * reflection, as JLine's own terminals do). While registered, SIGINT interrupts the command's
 * thread; closing puts the previous handler back, which in one-shot mode is the JVM's own (exit
 * 130). Where the signal cannot be handled (e.g. {@code -Xrs}), Ctrl-C keeps its default effect.
 */
final class SigintInterrupts implements Interrupts {

	private static final String INT = "INT";

	@Override
	public Registration forward(Thread thread) {
		Object previous = Signals.register(INT, thread::interrupt);
		if (previous == null) {
			return () -> {
			};
		}
		return () -> Signals.unregister(INT, previous);
	}
}
