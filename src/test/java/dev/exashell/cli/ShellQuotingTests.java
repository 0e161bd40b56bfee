package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Words quoted for hints read back, through the tokenizer, as exactly one word, unchanged. */
class ShellQuotingTests {

	@ParameterizedTest
	@ValueSource(strings = { "imp_01jd6x2k8m3n4p5q6r7s8t9v0w", "", "a b", "it's", "'", "\"quoted\"", "back\\slash",
			"#hash", "mid#hash", "tab\there", "line\nbreak", "$HOME", "`cmd`", "a;b|c&d", "日本語", "ends with space ",
			"''\\''" })
	void aQuotedWordTokenizesBackToItself(String word) {
		assertThat(LineTokenizer.tokenize("delete " + ShellQuoting.quote(word) + " --yes"))
			.isEqualTo(List.of("delete", word, "--yes"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "imp_abc|imp_abc", "imp x|'imp x'", "it's|'it'\\''s'", "#x|'#x'",
			"a#b|a#b", "x\\y|'x\\y'" })
	void quotesOnlyWhatNeedsQuoting(String word, String quoted) {
		assertThat(ShellQuoting.quote(word)).isEqualTo(quoted);
	}
}
