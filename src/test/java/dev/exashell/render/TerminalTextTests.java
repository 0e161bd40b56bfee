package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTests {

	@Test
	void measuresWideCharactersAsTwoColumns() {
		assertThat(TerminalText.width("abc")).isEqualTo(3);
		assertThat(TerminalText.width("日本語")).isEqualTo(6);
		assertThat(TerminalText.width("go 🚀")).isEqualTo(5);
		assertThat(TerminalText.width("é")).isEqualTo(1);
	}

	@Test
	void truncatesToColumnsWithAnEllipsisWithoutSplittingWideCharacters() {
		assertThat(TerminalText.truncate("Quarterly leads", 8)).isEqualTo("Quarter…");
		assertThat(TerminalText.truncate("Quarterly", 9)).isEqualTo("Quarterly");
		assertThat(TerminalText.truncate("日本語のタイトル", 6)).isEqualTo("日本…");
		assertThat(TerminalText.truncate("日本語のタイトル", 5)).isEqualTo("日本…");
		assertThat(TerminalText.truncate("abc", 1)).isEqualTo("…");
		assertThat(TerminalText.truncate("abc", 0)).isEmpty();
	}

	@Test
	void makesControlCharactersVisible() {
		assertThat(TerminalText.safe("a\tb\nc\rd")).isEqualTo("a\\tb\\nc\\rd");
		assertThat(TerminalText.safe("\u001b[31mred\u007f\u0085")).isEqualTo("\\x1b[31mred\\x7f\\x85");
		assertThat(TerminalText.safe("back\\slash, \"quotes\" 日本")).isEqualTo("back\\slash, \"quotes\" 日本");
		assertThat(TerminalText.safe(null)).isEqualTo("—");
	}

	@Test
	void groupsThousandsWithCommas() {
		assertThat(TerminalText.thousands(0)).isEqualTo("0");
		assertThat(TerminalText.thousands(999)).isEqualTo("999");
		assertThat(TerminalText.thousands(1204)).isEqualTo("1,204");
		assertThat(TerminalText.thousands(12_345_678)).isEqualTo("12,345,678");
	}
}
