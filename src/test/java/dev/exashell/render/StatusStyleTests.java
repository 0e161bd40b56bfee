package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ImportStatus;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusStyleTests {

	private static final String ESC = "\u001b";

	static Stream<Arguments> statuses() {
		return Stream.of(
				Arguments.of("completed", "✓ completed", ESC + "[32m✓ completed" + ESC + "[0m"),
				Arguments.of("failed", "✗ failed", ESC + "[31m✗ failed" + ESC + "[0m"),
				Arguments.of("processing", "● processing", ESC + "[33m● processing" + ESC + "[0m"),
				Arguments.of("pending", "○ pending", ESC + "[2m○ pending" + ESC + "[0m"),
				Arguments.of("canceled", "? canceled", "? canceled"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statuses")
	void givesEachStatusAGlyphAndAColour(String value, String plain, String coloured) {
		ImportStatus status = ImportStatus.of(value);
		assertThat(StatusStyle.render(status, false)).isEqualTo(plain);
		assertThat(StatusStyle.render(status, true)).isEqualTo(coloured);
	}

	@Test
	void escapesControlCharactersInAnUnknownStatus() {
		assertThat(StatusStyle.label(new ImportStatus("weird" + ESC + "[2J"))).isEqualTo("? weird\\x1b[2J");
	}
}
