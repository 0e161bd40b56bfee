package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvocationBinderTests {

	private static final OptionKey<Integer> LIMIT = OptionKey.integer("limit");
	private static final OptionKey<String> CURSOR = OptionKey.text("cursor");
	private static final OptionKey<Duration> INTERVAL = OptionKey.duration("interval");
	private static final OptionKey<String> METADATA = OptionKey.text("metadata");
	private static final OptionKey<Boolean> ALL = OptionKey.flag("all");

	private final CommandSpec spec = CommandSpec.command("list", "list imports")
		.arguments("[id]", 0, 1)
		.option(LIMIT, "N", "page size")
		.option(CURSOR, "C", "start here")
		.option(INTERVAL, "D", "poll interval")
		.option(METADATA.describe('m', "K=V", "metadata", true, List.of()))
		.flag(ALL, "every page");

	private Invocation bind(String line) {
		return InvocationBinder.bind(spec, LineTokenizer.tokenize(line));
	}

	@Test
	void bindsOptionsFlagsAndArguments() {
		Invocation in = bind("imp_1 --limit 5 --cursor=abc --all -m a=1 --metadata b=2 --interval 1m30s");
		assertThat(in.args()).containsExactly("imp_1");
		assertThat(in.get(LIMIT)).contains(5);
		assertThat(in.get(CURSOR)).contains("abc");
		assertThat(in.has(ALL)).isTrue();
		assertThat(in.all(METADATA)).containsExactly("a=1", "b=2");
		assertThat(in.get(INTERVAL)).contains(Duration.ofSeconds(90));
		assertThat(in.typed(INTERVAL)).contains("1m30s");
	}

	@Test
	void blanksAroundANumberAreAllowedAndTheLongestDurationIsTaken() {
		Invocation in = bind("--limit ' +007 ' --interval ' 168h '");
		assertThat(in.get(LIMIT)).contains(7);
		assertThat(in.get(INTERVAL)).contains(Duration.ofDays(7));
		assertThat(bind("--limit -2147483648").get(LIMIT)).contains(Integer.MIN_VALUE);
	}

	@Test
	void aFlagNeverSwallowsTheNextWord() {
		Invocation in = bind("--all imp_1");
		assertThat(in.has(ALL)).isTrue();
		assertThat(in.args()).containsExactly("imp_1");
	}

	@Test
	void aValueMayStartWithADash() {
		assertThat(bind("--limit -1").get(LIMIT)).contains(-1);
		assertThat(bind("--cursor -x").get(CURSOR)).contains("-x");
	}

	@Test
	void anEmptyValueIsKeptForTheCommandToJudge() {
		assertThat(bind("--cursor \"\"").get(CURSOR)).contains("");
	}

	@Test
	void aFlagGivenAsFalseIsNotGivenAndAnOptionLeftOutIsEmpty() {
		Invocation in = bind("--all=false");
		assertThat(in.has(ALL)).isFalse();
		assertThat(in.get(LIMIT)).isEmpty();
		assertThat(in.all(METADATA)).isEmpty();
	}

	@Test
	void readingAnOptionTheSpecDoesNotDeclareIsABug() {
		Invocation in = bind("--limit 5");
		assertThatThrownBy(() -> in.get(OptionKey.integer("limt"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("list declares no option --limt");
		assertThatThrownBy(() -> in.get(OptionKey.text("limit"))).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("list declares --limit as INT, not TEXT");
	}

	@Test
	void doubleDashEndsOptions() {
		assertThat(bind("-- --limit").args()).containsExactly("--limit");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"--bogus            | unknown option '--bogus' for list",
			"-x                 | unknown option '-x' for list",
			"--limit            | option --limit needs a value",
			"--limit abc        | --limit must be a whole number, got 'abc'",
			"--limit 1.5        | --limit must be a whole number, got '1.5'",
			"--limit 99999999999 | --limit must be at most 2147483647, got 99999999999",
			"--limit 999999999999999999 | --limit must be at most 2147483647, got 999999999999999999",
			"--limit 99999999999999999999 | --limit must be at most 2147483647, got 99999999999999999999",
			"--limit -2147483649 | --limit must be at least -2147483648, got -2147483649",
			"--limit 5x         | --limit must be a whole number, got '5x'",
			"--interval 169h    | --interval is too long: at most 168h (7 days), got '169h'",
			"--interval 99999999999999999999s | --interval is too long: at most 168h (7 days), got '99999999999999999999s'",
			"--limit 1 --limit 2 | option --limit was given twice",
			"--all=yes          | --all is a flag and takes no value",
			"a b                | unexpected argument 'b' for list",
			"--interval soon    | 'soon' is not a duration" })
	void rejectsBadInputWithAMessageThatSaysWhat(String line, String message) {
		assertThatThrownBy(() -> bind(line)).isInstanceOf(UsageException.class).hasMessage(message);
	}

	@Test
	void unknownOptionHintListsTheKnownOnes() {
		assertThatThrownBy(() -> bind("--limt 3")).isInstanceOfSatisfying(UsageException.class,
				e -> assertThat(e.hint()).isEqualTo("options: --limit, --cursor, --interval, --metadata, --all"));
	}

	@Test
	void missingRequiredArgumentSaysSo() {
		CommandSpec show = CommandSpec.command("show", "show one").arguments("<id|row>", 1, 1);
		assertThatThrownBy(() -> InvocationBinder.bind(show, List.of())).isInstanceOfSatisfying(UsageException.class, e -> {
			assertThat(e.getMessage()).isEqualTo("show needs an argument");
			assertThat(e.hint()).isEqualTo("usage: show <id|row>");
		});
	}
}
