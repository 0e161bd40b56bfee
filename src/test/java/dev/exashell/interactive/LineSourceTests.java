package dev.exashell.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineSourceTests {

	@Test
	void typedAtATerminalTheOutputIsForTheTerminalWhateverStdoutIs() {
		assertThat(LineSource.TERMINAL.outputIsTerminal(true)).isTrue();
		assertThat(LineSource.TERMINAL.outputIsTerminal(false)).isTrue();
	}

	@Test
	void pipedInTheOutputIsForATerminalOnlyIfStdoutIsOne() {
		assertThat(LineSource.NOT_A_TERMINAL.outputIsTerminal(true)).isTrue();
		assertThat(LineSource.NOT_A_TERMINAL.outputIsTerminal(false)).isFalse();
	}
}
