package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvocationBinderTests {

	private final CommandSpec spec = CommandSpec.command("list", "list imports")
		.arguments("[id]", 0, 1)
		.option("limit", ValueType.INT, "N", "page size")
		.option("cursor", ValueType.TEXT, "C", "start here")
		.option("interval", ValueType.DURATION, "D", "poll interval")
		.option(new OptionSpec("metadata", 'm', ValueType.TEXT, "K=V", "metadata", true, List.of()))
		.flag("all", "every page");

	private Invocation bind(String line) {
		return InvocationBinder.bind(spec, LineTokenizer.tokenize(line));
	}

	@Test
	void bindsOptionsFlagsAndArguments() {
		Invocation in = bind("imp_1 --limit 5 --cursor=abc --all -m a=1 --metadata b=2 --interval 1m30s");
		assertThat(in.args()).containsExactly("imp_1");
		assertThat(in.integer("limit")).contains(5);
		assertThat(in.text("cursor")).contains("abc");
		assertThat(in.flag("all")).isTrue();
		assertThat(in.all("metadata")).containsExactly("a=1", "b=2");
		assertThat(in.duration("interval")).contains(Duration.ofSeconds(90));
	}

	@Test
	void blanksAroundANumberAreAllowedAndTheLongestDurationIsTaken() {
		Invocation in = bind("--limit ' +007 ' --interval ' 168h '");
		assertThat(in.integer("limit")).contains(7);
		assertThat(in.duration("interval")).contains(Duration.ofDays(7));
		assertThat(bind("--limit -2147483648").integer("limit")).contains(Integer.MIN_VALUE);
	}

	@Test
	void aFlagNeverSwallowsTheNextWord() {
		Invocation in = bind("--all imp_1");
		assertThat(in.flag("all")).isTrue();
		assertThat(in.args()).containsExactly("imp_1");
	}

	@Test
	void aValueMayStartWithADash() {
		assertThat(bind("--limit -1").integer("limit")).contains(-1);
		assertThat(bind("--cursor -x").text("cursor")).contains("-x");
	}

	@Test
	void anEmptyValueIsKeptForTheCommandToJudge() {
		assertThat(bind("--cursor \"\"").text("cursor")).contains("");
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
