package dev.exashell.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.ShellCommand;
import dev.exashell.session.Session;
import dev.exashell.session.SessionFixtures;
import dev.exashell.testing.CapturedIo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The prompt loop on a terminal that plays the kernel's line discipline (it echoes what is typed
 * while ECHO is on, as a real terminal does between two reads): keys typed ahead, while a command
 * runs, are never echoed and reach the next read; a line that looks like a pasted key is shown as
 * stars, reported without it and not kept in history.
 */
class TypeAheadTests {

	private static final String KEY = "exa-live-0123456789abcdef";

	private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
	private final CapturedIo io = CapturedIo.terminal(80);
	private final Session session = new Session(URI.create("http://127.0.0.1:1/websets"), true, null);
	private final List<String> answers = new ArrayList<>();
	private final List<Boolean> echoWhileRunning = new ArrayList<>();
	private final LineDisciplineTerminal terminal;
	private final LineReader reader;

	TypeAheadTests() throws IOException {
		terminal = new LineDisciplineTerminal("test", "xterm", screen, StandardCharsets.UTF_8);
		terminal.setSize(new org.jline.terminal.Size(120, 40));
		reader = LineReaderBuilder.builder().terminal(terminal).build();
	}

	@AfterEach
	void close() throws IOException {
		terminal.close();
	}

	/** Like login: while it starts, {@code typedAhead} arrives; then it asks at a masked prompt. */
	private ShellCommand askingAfter(String typedAhead) {
		return new ShellCommand() {

			@Override
			public CommandSpec spec() {
				return CommandSpec.command("ask", "types ahead, then asks for a key");
			}

			@Override
			public int run(Invocation invocation) {
				echoWhileRunning.add(terminal.getAttributes().getLocalFlag(LocalFlag.ECHO));
				type(typedAhead);
				answers.add(reader.readLine("API key: ", '*'));
				return ExitCodes.OK;
			}
		};
	}

	private void type(String text) {
		try {
			terminal.processInputBytes(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String runLoop(ShellCommand command, String typed) throws Exception {
		CommandCatalog catalog = new CommandCatalog(List.of(command, SessionFixtures.exit(session)));
		CommandDispatcher dispatcher = new CommandDispatcher(catalog, new ErrorReporter(false), io);
		InteractiveLoop loop = new InteractiveLoop(reader, dispatcher, catalog::startsWithSecretLikeWord, session, "exa> ",
				LineSource.TERMINAL, () -> false);
		CompletableFuture<Integer> done = CompletableFuture.supplyAsync(() -> loop.run("banner", null));
		Awaitility.await("the prompt").atMost(Duration.ofSeconds(30))
			.until(() -> screen.toString(StandardCharsets.UTF_8).contains("exa> "));
		type(typed);
		assertThat(done.get(30, TimeUnit.SECONDS)).isZero();
		return screen.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aKeyTypedAheadOfTheMaskedPromptIsNeverEchoedAndReachesThePrompt() throws Exception {
		String shown = runLoop(askingAfter(KEY + "\rexit\r"), "ask\r");

		assertThat(shown).doesNotContain(KEY).contains("API key: " + "*".repeat(KEY.length()));
		assertThat(answers).containsExactly(KEY);
		assertThat(echoWhileRunning).containsExactly(false);
		assertThat(shown.split("exit", -1)).as("exit shown once, at the prompt, not echoed before it").hasSize(2);
		assertThat(terminal.getAttributes().getLocalFlag(LocalFlag.ECHO)).as("echo is back after the loop").isTrue();
	}

	@Test
	void aKeyPastedAtThePromptIsShownAsStarsReportedWithoutItAndNotKept() throws Exception {
		// a terminal wraps a paste in these markers while the prompt is up (bracketed paste)
		String shown = runLoop(askingAfter(""), "\033[200~" + KEY + "\033[201~\rexit\r");

		assertThat(shown).doesNotContain(KEY.substring(0, 4)).contains("*".repeat(KEY.length()));
		assertThat(io.err()).isEqualTo("error: unknown command (a 25-character word, not shown in case it is a key)\n"
				+ "hint: type help for all commands; to use a key, run login or set EXA_API_KEY\n");
		List<String> kept = new ArrayList<>();
		for (History.Entry entry : reader.getHistory()) {
			kept.add(entry.line());
		}
		assertThat(kept).containsExactly("exit");
	}

	@Test
	void aKeyTypedAtThePromptTurnsToStarsAtItsTwentiethCharacter() throws Exception {
		String shown = runLoop(askingAfter(""), KEY + "\rexit\r");

		// until then it could be a command being typed; then the display turns all of it to stars
		assertThat(shown).contains(KEY.substring(0, 19)).doesNotContain(KEY.substring(0, 20))
			.contains("*".repeat(20));
		assertThat(io.err()).startsWith("error: unknown command (a 25-character word, not shown in case it is a key)\n");
	}
}
