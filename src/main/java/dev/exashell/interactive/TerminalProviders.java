package dev.exashell.interactive;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jline.nativ.JLineNativeLoader;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;

/**
 * Which of JLine's terminal providers the prompt's terminal may use. By default JLine loads and
 * probes every provider it knows before picking one: FFM (on Java 22+ it generates its native call
 * stubs at start-up), JNI (extracts and loads its small native library), exec (forks
 * {@code test -t 1}) and two that are not on the classpath. When the JNI library loads, which it
 * does on Linux and macOS, JNI alone is enough, so the others are switched off and never probed
 * (measured: ~100 ms less CPU on the main thread before the prompt, one process fewer);
 * otherwise JLine's defaults stay, so a system where the library cannot load still gets a real
 * terminal. The same providers say whether stdin is a terminal, as they tell JLine (which gives no
 * sign of it on the terminal it builds: a dumb one also stands for {@code TERM=dumb} at a real terminal).
 */
final class TerminalProviders implements TerminalCustomizer {

	/** The providers a terminal is built with: JLine's flags of the same names. */
	record Choice(boolean ffm, boolean jni, boolean exec, boolean jna, boolean jansi) {

		static final Choice JLINE_DEFAULTS = new Choice(true, true, true, true, true);

		static final Choice JNI_ONLY = new Choice(false, true, false, false, false);

		/** JLine's names of the allowed providers, in the order it tries them. */
		List<String> names() {
			return Stream.of(Map.entry(TerminalBuilder.PROP_PROVIDER_FFM, ffm), Map.entry(TerminalBuilder.PROP_PROVIDER_JNI, jni),
					Map.entry(TerminalBuilder.PROP_PROVIDER_JANSI, jansi), Map.entry(TerminalBuilder.PROP_PROVIDER_JNA, jna),
					Map.entry(TerminalBuilder.PROP_PROVIDER_EXEC, exec))
				.filter(Map.Entry::getValue)
				.map(Map.Entry::getKey)
				.toList();
		}
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

	/**
	 * Whether the process's stdin is a terminal, as the first allowed provider that loads and says
	 * so tells; false when none does (lines piped or redirected in).
	 */
	boolean stdinIsTerminal() {
		for (String name : choice().names()) {
			try {
				if (TerminalProvider.load(name).isSystemStream(SystemStream.Input)) {
					return true;
				}
			}
			catch (IOException | RuntimeException | LinkageError unavailable) {
				// this provider is not on the classpath or cannot run here: the next may
			}
		}
		return false;
	}

	@Override
	public void customize(TerminalBuilder builder) {
		Choice choice = choice();
		builder.ffm(choice.ffm()).jni(choice.jni()).exec(choice.exec()).jna(choice.jna()).jansi(choice.jansi());
	}
}
