package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key typed ahead never shows, with the built jar on a real terminal (tmux) on a busy machine
 * (two CPU-bound processes started here): {@code login --save} and Enter, then at once the key and
 * Enter, before the masked prompt is up; and a key pasted after {@code login --save} was refused,
 * which becomes an unknown command.
 */
class TypeAheadIT {

	private static final String KEY = "exa-it-key-5f3a9c2e71d4";
	private static final String PROMPT = "exa>";
	private static final int ROUNDS = 3;

	@TempDir
	Path home;

	private final List<Process> burners = new ArrayList<>();
	private SandboxServer sandbox;
	private Tmux tmux;

	@AfterEach
	void stop() throws Exception {
		burners.forEach(Process::destroyForcibly);
		if (tmux != null) {
			tmux.close();
		}
		if (sandbox != null) {
			sandbox.close();
		}
	}

	private void burnTwoCpus() throws IOException {
		for (int i = 0; i < 2; i++) {
			burners.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
		}
	}

	@Test
	void aKeyTypedRightAfterLoginSaveNeverShowsOnABusyMachine() throws Exception {
		sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withApiKey(KEY));
		tmux = Tmux.start(120, 50, Map.of("HOME", home.toString()),
				ExaShellJar.command("--base-url", sandbox.baseUrl().toString()));
		tmux.awaitScreen("the prompt", TypeAheadIT::promptIsBack);
		burnTwoCpus();

		for (int round = 1; round <= ROUNDS; round++) {
			int before = count(tmux.screen(), "logged in:");
			tmux.type("login --save");
			tmux.keys("-l", KEY);
			tmux.keys("Enter");
			String screen = tmux.awaitScreen("login " + round, s -> count(s, "logged in:") > before && promptIsBack(s));
			assertThat(screen).as("round %d", round).doesNotContain(KEY);
		}
		tmux.type("exit");
		assertThat(tmux.awaitExitStatus()).isZero();
		assertThat(tmux.screen()).doesNotContain(KEY).contains("API key: " + "*".repeat(KEY.length()));
		assertThat(Files.readString(tmux.configHome().resolve("exa-shell/history"))).doesNotContain(KEY);
	}

	@Test
	void aKeyTypedWhileACommandRunsIsNotShownAndWaitsForTheNextPrompt() throws Exception {
		sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withApiKey(KEY));
		tmux = Tmux.start(120, 50, Map.of("HOME", home.toString(), "EXA_API_KEY", KEY),
				ExaShellJar.command("--base-url", sandbox.baseUrl().toString()));
		tmux.awaitScreen("the prompt", TypeAheadIT::promptIsBack);
		sandbox.setFaults("latency:3s");

		tmux.type("list --limit 1");
		tmux.awaitScreen("list running", s -> s.endsWith(PROMPT + " list --limit 1\n"));
		tmux.type(KEY);
		String screen = tmux.awaitScreen("list, then the key at the next prompt",
				s -> s.contains("1 shown") && s.contains("unknown command") && promptIsBack(s));
		tmux.type("exit");
		assertThat(tmux.awaitExitStatus()).isZero();

		assertThat(screen).doesNotContain(KEY);
		String after = screen.substring(screen.indexOf("1 shown"));
		assertThat(after.lines().skip(1)).as("the typed-ahead line appears at the next prompt, masked").containsExactly(
				PROMPT + " " + "*".repeat(KEY.length()),
				"error: unknown command (a 23-character word, not shown in case it is a key)",
				"hint: type help for all commands; to use a key, run login or set EXA_API_KEY", PROMPT);
	}

	@Test
	void aKeyPastedAfterARefusedLoginIsNeitherShownNorKept() throws Exception {
		tmux = Tmux.start(120, 50, ExaShellJar.command("--sandbox"));
		tmux.awaitScreen("the prompt", TypeAheadIT::promptIsBack);
		burnTwoCpus();

		tmux.type("login --save");
		tmux.keys("-l", KEY);
		tmux.keys("Enter");
		String screen = tmux.awaitScreen("the refusal and the unknown command",
				s -> s.contains("unknown command") && promptIsBack(s));
		tmux.type("history");
		screen = tmux.awaitScreen("history", s -> s.contains(PROMPT + " history\n") && promptIsBack(s));
		tmux.type("exit");
		assertThat(tmux.awaitExitStatus()).isZero();

		assertThat(screen).doesNotContain(KEY).contains("error: the embedded sandbox needs no key, so there is nothing to save",
				"error: unknown command (a 23-character word, not shown in case it is a key)\n"
						+ "hint: type help for all commands; to use a key, run login or set EXA_API_KEY\n");
		assertThat(Files.readString(tmux.configHome().resolve("exa-shell/history"))).doesNotContain(KEY);
	}

	private static int count(String screen, String text) {
		return screen.split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

	private static boolean promptIsBack(String screen) {
		return screen.endsWith("\n" + PROMPT + "\n") || screen.equals(PROMPT + "\n");
	}
}
