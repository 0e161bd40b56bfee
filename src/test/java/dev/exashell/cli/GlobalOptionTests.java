package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
	void theShortNamesAreTheParsers() {
		assertThat(GlobalOption.ALL.stream().filter(o -> o.shortName() != null).flatMap(o -> Stream.of(o.names().get(0))))
			.containsExactlyInAnyOrder("-o", "-f", "-V", "-h");
	}
}
