package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LineTokenizerTests {

	static Stream<Arguments> lines() {
		return Stream.of(
				Arguments.of("list --limit 5", List.of("list", "--limit", "5")),
				Arguments.of("  show   imp_1  ", List.of("show", "imp_1")),
				Arguments.of("update 3 --title 'two words'", List.of("update", "3", "--title", "two words")),
				Arguments.of("update 3 --title \"say \\\"hi\\\"\"", List.of("update", "3", "--title", "say \"hi\"")),
				Arguments.of("show 'it''s'", List.of("show", "its")),
				Arguments.of("show a\\ b", List.of("show", "a b")),
				Arguments.of("show \"a\\nb\"", List.of("show", "a\\nb")),
				Arguments.of("list --cursor \"\"", List.of("list", "--cursor", "")),
				Arguments.of("list # newest first", List.of("list")),
				Arguments.of("# only a comment", List.of()),
				Arguments.of("show a#b", List.of("show", "a#b")),
				Arguments.of("show '#not a comment'", List.of("show", "#not a comment")),
				Arguments.of("", List.of()),
				Arguments.of("show 'ünï ✓'", List.of("show", "ünï ✓")));
	}

	static Stream<Arguments> words() {
		return Stream.of(Arguments.of("imp_05pf0ntbnn5943mfxmg6", "imp_05pf0ntbnn5943mfxmg6"),
				Arguments.of("a/b.c:d@e%f+g=h,i-j", "a/b.c:d@e%f+g=h,i-j"), Arguments.of("imp x", "'imp x'"),
				Arguments.of("it's", "'it'\\''s'"), Arguments.of("#x", "'#x'"), Arguments.of("a\"b", "'a\"b'"),
				Arguments.of("$HOME", "'$HOME'"), Arguments.of("a\\b", "'a\\b'"), Arguments.of("''", "''\\'''\\'''"),
				Arguments.of("ünï ✓", "'ünï ✓'"), Arguments.of("", "''"));
	}

	@ParameterizedTest
	@MethodSource("words")
	void quoteGivesOneWordThatSplitsBackToItself(String word, String quoted) {
		assertThat(LineTokenizer.quote(word)).isEqualTo(quoted);
		assertThat(LineTokenizer.tokenize("delete " + quoted + " --yes")).containsExactly("delete", word, "--yes");
	}

	@ParameterizedTest
	@MethodSource("lines")
	void splitsLikeAPosixShell(String line, List<String> words) {
		assertThat(LineTokenizer.tokenize(line)).isEqualTo(words);
	}

	@ParameterizedTest
	@ValueSource(strings = { "show 'abc", "show \"abc", "update 1 --title 'x\" y" })
	void rejectsAnUnterminatedQuote(String line) {
		assertThatThrownBy(() -> LineTokenizer.tokenize(line)).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unterminated");
	}

	@ParameterizedTest
	@ValueSource(strings = { "show abc\\" })
	void rejectsATrailingBackslash(String line) {
		assertThatThrownBy(() -> LineTokenizer.tokenize(line)).isInstanceOf(UsageException.class)
			.hasMessage("line ends with a lone backslash");
	}
}
