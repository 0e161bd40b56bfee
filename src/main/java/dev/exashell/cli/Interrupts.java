package dev.exashell.cli;

/**
 * How Ctrl-C reaches a long-running command. At the interactive prompt the loop already turns
 * Ctrl-C into an interrupt of the command's thread ({@link #NONE} here); in one-shot and script
 * mode the JVM would simply die with 130, so {@link #sigint()} turns SIGINT into an interrupt while
 * the command runs, letting it say where it stood before the process exits with 130.
 */
@FunctionalInterface
public interface Interrupts {

	/** Ctrl-C is someone else's business (the interactive loop, or a test). */
	Interrupts NONE = thread -> () -> {
	};

	/** Until the returned registration is closed, Ctrl-C interrupts {@code thread}. */
	Registration forward(Thread thread);

	/** Undoes a {@link #forward}; never throws. */
	interface Registration extends AutoCloseable {

		@Override
		void close();
	}

	/** SIGINT interrupts the thread instead of ending the JVM (where signals can be handled). */
	static Interrupts sigint() {
		return new SigintInterrupts();
	}
}
