package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Version;
import dev.exashell.shell.Expected;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The built jar's interactive shell on a real terminal (tmux, 120×50), with its embedded sandbox. */
class InteractiveIT {

	private static final String PROMPT = "exa>";

	private Tmux tmux;

	@AfterEach
	void stopTmux() throws Exception {
		if (tmux != null) {
			tmux.close();
		}
	}

	@Test
	void aSessionPagesThroughShowsARowFiltersAndExitsWith0() throws Exception {
		tmux = Tmux.start(120, 50, ExaShellJar.command("--sandbox"));
		String start = tmux.awaitScreen("the prompt", Interactive::promptIsBack);
		assertThat(start.lines().findFirst().orElseThrow()).matches(Pattern.quote("exa-shell " + Version.current()
				+ " · http://127.0.0.1:") + "\\d+" + Pattern.quote("/websets (sandbox) · no key needed (sandbox) · type help"));

		List<String> list = step("list", "25 shown · more: next");
		assertThat(Expected.cellsOf(list.get(0))).startsWith("#", "ID", "STATUS", "TITLE").endsWith("CREATED");
		List<String> firstIds = ids(list);
		assertThat(list).hasSize(27).last().isEqualTo("25 shown · more: next");

		List<String> next = step("next", "25 shown · more: next");
		assertThat(next).hasSize(27).last().isEqualTo("25 shown · more: next");
		assertThat(ids(next)).doesNotContainAnyElementsOf(firstIds);

		List<String> prev = step("prev", "25 shown · more: next");
		assertThat(ids(prev)).isEqualTo(firstIds);

		List<String> show = step("show 2", "Metadata");
		assertThat(show.get(0)).isEqualTo("ID         " + firstIds.get(1));
		assertThat(show.stream().map(line -> line.substring(0, Math.min(11, line.length())).strip())
			.filter(label -> !label.isEmpty() && !List.of("Reason", "Message", "Failed at").contains(label)))
			.containsExactly("ID", "Status", "Title", "Format", "Entity", "Count", "Created", "Updated", "Metadata");

		List<String> filter = step("filter --status failed", "matched · more: next");
		assertThat(filter).hasSize(27);
		assertThat(filter.subList(1, 26)).allSatisfy(row -> assertThat(Expected.cellsOf(row).get(2)).isEqualTo("✗ failed"));
		assertThat(filter.get(26)).matches("scanned \\d+ pages? · \\d+ imports · 25 matched · more: next");

		tmux.type("exit");
		assertThat(tmux.awaitExitStatus()).isZero();
	}

	@Test
	void badLinesAndCtrlCAtThePromptLeaveTheShellRunning() throws Exception {
		tmux = Tmux.start(120, 50, ExaShellJar.command("--sandbox"));
		tmux.awaitScreen("the prompt", Interactive::promptIsBack);

		assertThat(step("lsit", "hint:")).containsExactly("error: unknown command 'lsit'",
				"hint: did you mean 'list'? type help for all commands");
		assertThat(step("show 'imp_", "hint:")).containsExactly("error: unterminated single quote",
				"hint: close the quote, or escape it with a backslash");
		assertThat(step("show a\\ b", "hint:")).containsExactly("error: not found: HTTP 404: Import not found: a b",
				"hint: list shows the ids that exist");

		tmux.keys("-l", "show 1");
		tmux.awaitScreen("the typed text", screen -> screen.endsWith(PROMPT + " show 1\n"));
		tmux.keys("C-c");
		tmux.awaitScreen("a fresh prompt", screen -> screen.endsWith(PROMPT + " show 1\n" + PROMPT + "\n"));

		List<String> status = step("status", "page ");
		assertThat(status.get(1)).matches("base URL     http://127\\.0\\.0\\.1:\\d+/websets \\(embedded sandbox\\)");
		assertThat(status).last().isEqualTo("page         none yet: run list");

		tmux.type("exit");
		assertThat(tmux.awaitExitStatus()).isZero();
	}

	/**
	 * Types a command and waits until its output contains {@code marker} and the prompt is back;
	 * returns the lines between the command and the new prompt.
	 */
	private List<String> step(String command, String marker) {
		tmux.type(command);
		String echoed = PROMPT + " " + command + "\n";
		String screen = tmux.awaitScreen(command, s -> s.contains(echoed) && Interactive.promptIsBack(s)
				&& s.substring(s.lastIndexOf(echoed)).contains(marker));
		String output = screen.substring(screen.lastIndexOf(echoed) + echoed.length(), screen.lastIndexOf(PROMPT));
		return output.lines().toList();
	}

	/** The ID column of a table's rows. */
	private static List<String> ids(List<String> table) {
		return table.subList(1, table.size() - 1).stream().map(row -> Expected.cellsOf(row).get(1)).toList();
	}

	private static final class Interactive {

		static boolean promptIsBack(String screen) {
			return screen.endsWith("\n" + PROMPT + "\n") || screen.equals(PROMPT + "\n");
		}
	}
}
