package dev.exashell.interactive;

import java.util.function.BooleanSupplier;
import org.jline.nativ.JLineNativeLoader;
import org.jline.terminal.TerminalBuilder;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;

/**
 * Which of JLine's terminal providers the prompt's terminal may use. By default JLine loads and
 * probes every provider it knows before picking one: FFM (on Java 22+ it generates its native call
 * stubs at start-up), JNI (extracts and loads its small native library), exec (forks
 * {@code test -t 1}) and two that are not on the classpath. When the JNI library loads, which it
 * does on Linux and macOS, JNI alone is enough, so the others are switched off and never probed
 * (measured: ~100 ms less CPU on the main thread before the prompt, one process fewer);
 * otherwise JLine's defaults stay, so a system where the library cannot load still gets a real
 * terminal.
 */
final class TerminalProviders implements TerminalCustomizer {

	/** The providers a terminal is built with: JLine's flags of the same names. */
	record Choice(boolean ffm, boolean jni, boolean exec, boolean jna, boolean jansi) {

		static final Choice JLINE_DEFAULTS = new Choice(true, true, true, true, true);

		static final Choice JNI_ONLY = new Choice(false, true, false, false, false);
	}

	private final BooleanSupplier nativeLibraryLoads;

	TerminalProviders() {
		this(JLineNativeLoader::initialize);
	}

	TerminalProviders(BooleanSupplier nativeLibraryLoads) {
		this.nativeLibraryLoads = nativeLibraryLoads;
	}

	Choice choice() {
		return nativeLibraryLoads.getAsBoolean() ? Choice.JNI_ONLY : Choice.JLINE_DEFAULTS;
	}

	@Override
	public void customize(TerminalBuilder builder) {
		Choice choice = choice();
		builder.ffm(choice.ffm()).jni(choice.jni()).exec(choice.exec()).jna(choice.jna()).jansi(choice.jansi());
	}
}
