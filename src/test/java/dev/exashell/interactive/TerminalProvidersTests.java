package dev.exashell.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.interactive.TerminalProviders.Choice;
import org.junit.jupiter.api.Test;

/** Which JLine providers the prompt's terminal is built with (the prompt itself is tested on a real terminal by the ITs). */
class TerminalProvidersTests {

	@Test
	void jniAloneWhenJLinesNativeLibraryLoads() {
		assertThat(new TerminalProviders(() -> true).choice()).isEqualTo(new Choice(false, true, false, false, false));
	}

	@Test
	void jLinesDefaultsWhenTheLibraryCannotLoad() {
		assertThat(new TerminalProviders(() -> false).choice()).isEqualTo(new Choice(true, true, true, true, true));
	}

	@Test
	void theLibraryLoadsHere() {
		assertThat(new TerminalProviders().choice()).isEqualTo(Choice.JNI_ONLY);
	}

	@Test
	void stdinIsAskedOfTheAllowedProvidersInJLinesOrder() {
		assertThat(Choice.JNI_ONLY.names()).containsExactly("jni");
		assertThat(Choice.JLINE_DEFAULTS.names()).containsExactly("ffm", "jni", "jansi", "jna", "exec");
	}

	/** Surefire's forked JVM reads its stdin from a pipe; a real terminal's stdin is tested on tmux by OutputFailureIT. */
	@Test
	void aPipedStdinIsNotATerminal() {
		assertThat(new TerminalProviders().stdinIsTerminal()).isFalse();
		assertThat(new TerminalProviders(() -> false).stdinIsTerminal()).isFalse();
	}
}
