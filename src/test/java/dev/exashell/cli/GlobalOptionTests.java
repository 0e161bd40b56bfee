package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Shell completion's list of global options, {@code --help} and the parser stay in step. */
class GlobalOptionTests {

	@Test
	void everyOptionTheHelpNamesIsCompletedAndEveryCompletedOneIsInTheHelp() {
		List<String> inHelp = new ArrayList<>();
		Matcher option = Pattern.compile("(?m)^  (?:-\\w, )?(--[a-z-]+)").matcher(LaunchHelp.text());
		while (option.find()) {
			inHelp.add(option.group(1));
		}
		inHelp.add("--help"); // on the same line as --version
		List<String> completed = GlobalOption.ALL.stream().map(o -> "--" + o.longName()).toList();
		assertThat(completed).containsExactlyInAnyOrderElementsOf(inHelp);
	}

	@Test
	void eachShortNameMeansWhatItsLongNameMeansToTheParser() {
		for (GlobalOption option : GlobalOption.ALL) {
			if (option.shortName() != null) {
				List<String> value = option.value() == GlobalOption.Value.NONE ? List.of()
						: List.of(option.values().isEmpty() ? "x.exa" : option.values().get(option.values().size() - 1));
				assertThat(parse(option.names().get(0), value)).as(option.names().get(0))
					.isEqualTo(parse(option.names().get(1), value));
			}
		}
	}

	private static LaunchOptions parse(String name, List<String> value) {
		List<String> argv = new ArrayList<>(List.of(name));
		argv.addAll(value);
		return LaunchOptionsParser.parse(argv.toArray(String[]::new), Map.of());
	}
}
