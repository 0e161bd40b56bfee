package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code exa-shell --help} is static text, printed before the terminal's width is known: it fits 80 columns. */
class LaunchHelpTests {

	@Test
	void everyLineFitsIn80Columns() {
		assertThat(LaunchHelp.text().lines())
			.allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80));
	}
}
