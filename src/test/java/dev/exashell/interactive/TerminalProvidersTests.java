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
}
