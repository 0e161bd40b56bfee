package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.CapturedIo;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandDispatcherTests {

	private final CapturedIo io = CapturedIo.piped();
	private final RecordingCommand echo = new RecordingCommand("echo", io);
	private final CommandDispatcher dispatcher = new CommandDispatcher(
			new CommandCatalog(List.of(echo, new RecordingCommand("list", io))), new ErrorReporter(false), io);

	@Test
	void runsTheCommandWithItsWords() {
		assertThat(dispatcher.executeLine("echo 'a b' c", null)).isZero();
		assertThat(io.out()).isEqualTo("echo a b c\n");
		assertThat(io.err()).isEmpty();
	}

	@Test
	void blankLinesAndCommentsDoNothing() {
		assertThat(dispatcher.executeLine("   # nothing", null)).isZero();
		assertThat(io.out()).isEmpty();
	}

	@Test
	void unknownCommandSuggestsTheNearest() {
		assertThat(dispatcher.executeLine("lsit", null)).isEqualTo(2);
		assertThat(io.err()).isEqualTo("error: unknown command 'lsit'\nhint: did you mean 'list'? type help for all commands\n");
	}

	@Test
	void unknownCommandWithNothingNearOnlyPointsAtHelp() {
		assertThat(dispatcher.executeLine("zzzzzz", null)).isEqualTo(2);
		assertThat(io.err()).isEqualTo("error: unknown command 'zzzzzz'\nhint: type help for all commands\n");
	}

	@Test
	void anUnknownCommandOf20CharactersOrMoreIsNeverShownItMayBeAPastedKey() {
		assertThat(dispatcher.executeLine("exa-live-0123456789abcdef", null)).isEqualTo(2);
		assertThat(dispatcher.execute(List.of("x".repeat(100), "list"), null)).isEqualTo(2);
		String hint = "hint: type help for all commands; to use a key, run login or set EXA_API_KEY\n";
		assertThat(io.err()).isEqualTo("error: unknown command (a 25-character word, not shown in case it is a key)\n"
				+ hint + "error: unknown command (a 100-character word, not shown in case it is a key)\n" + hint);
	}

	@Test
	void anUnknownCommandOf19CharactersIsShown() {
		dispatcher.executeLine("nineteen-characters", null);
		assertThat(io.err()).isEqualTo("error: unknown command 'nineteen-characters'\nhint: type help for all commands\n");
	}

	@Test
	void exitCodesComeFromTheCommandOrTheFailure() {
		assertThat(dispatcher.executeLine("echo --fail 7", null)).isEqualTo(7);
		assertThat(dispatcher.executeLine("echo --throw usage", null)).isEqualTo(2);
		assertThat(dispatcher.executeLine("echo --throw notfound", null)).isEqualTo(3);
		assertThat(dispatcher.executeLine("echo --throw io", null)).isEqualTo(1);
		assertThat(dispatcher.executeLine("echo --throw bug", null)).isEqualTo(1);
		assertThat(io.err()).isEqualTo("""
				error: bad thing
				hint: do the good thing
				error: not found: HTTP 404: Import not found
				hint: list shows the ids that exist
				error: could not connect to 127.0.0.1:9: connection refused
				hint: check the base URL and your network
				error: internal error: IllegalStateException: boom
				hint: run with --debug for details
				""");
	}

	@Test
	void errorsCarryTheScriptLocation() {
		dispatcher.executeLine("echo 'open", "checks.exa:4");
		assertThat(io.err()).isEqualTo("checks.exa:4: unterminated single quote\nhint: close the quote, or escape it with a backslash\n");
	}

	@Test
	void debugAddsTheStackTrace() {
		CommandDispatcher debug = new CommandDispatcher(new CommandCatalog(List.of(echo)), new ErrorReporter(true), io);
		debug.executeLine("echo --throw bug", null);
		assertThat(io.err()).contains("java.lang.IllegalStateException: boom").contains("\tat ");
	}
}
