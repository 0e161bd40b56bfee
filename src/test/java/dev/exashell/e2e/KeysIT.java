package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key kept safe across sessions, with the built jar on a real terminal (tmux) against a sandbox
 * started here with its own key: login --save at the masked prompt, the screen never showing the
 * key, status, exit; then the history file and the config file and their modes; a later run that
 * uses the saved key, with --debug; and a config file others can read, refused.
 */
class KeysIT {

	private static final String KEY = "exa-it-key-5f3a9c2e71d4";
	private static final String MASKED = "exa-…71d4";
	private static final String PROMPT = "exa>";

	private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withApiKey(KEY));

	@TempDir
	Path home;

	private Tmux first;

	@AfterEach
	void stop() throws Exception {
		if (first != null) {
			first.close();
		}
		sandbox.close();
	}

	@Test
	void loginSaveAtTheMaskedPromptKeepsTheKeyOnlyInAPrivateConfigFile() throws Exception {
		String base = sandbox.baseUrl().toString();
		first = Tmux.start(120, 50, Map.of("HOME", home.toString()), ExaShellJar.command("--base-url", base));
		first.awaitScreen("the prompt", KeysIT::promptIsBack);
		assertThat(first.screen()).contains(" · no API key (set EXA_API_KEY or run login) · type help");

		first.type("login --save");
		first.awaitScreen("the key prompt", s -> s.endsWith("API key:\n"));
		first.keys("-l", KEY);
		first.awaitScreen("the masked key", s -> s.contains("API key: " + "*".repeat(KEY.length())));
		first.keys("Enter");
		Path config = first.configHome().resolve("exa-shell");
		String loggedIn = first.awaitScreen("login", s -> s.contains("logged in:") && promptIsBack(s));
		assertThat(loggedIn).contains("logged in: key " + MASKED + " kept for this session and saved for profile default in "
				+ config.resolve("config.json"));

		assertThat(step(first, "status", "filter")).contains("profile      default", "API key      " + MASKED + " (from login)");
		assertThat(step(first, "list --limit 2", "shown")).hasSize(4);
		first.type("exit");
		assertThat(first.awaitExitStatus()).isZero();
		assertThat(first.screen()).doesNotContain(KEY);

		assertThat(mode(config)).isEqualTo("rwx------");
		assertThat(mode(config.resolve("config.json"))).isEqualTo("rw-------");
		assertThat(Files.readString(config.resolve("config.json"))).contains("\"apiKey\" : \"" + KEY + "\"",
				"\"baseUrl\" : \"" + base + "\"");
		assertThat(mode(config.resolve("history"))).isEqualTo("rw-------");
		assertThat(Files.readAllLines(config.resolve("history")).stream().map(l -> l.replaceFirst("^\\d+:", "")))
			.containsExactly("status", "list --limit 2", "exit");
		assertThat(home.resolve(".config")).as("XDG_CONFIG_HOME wins over HOME").doesNotExist();

		Map<String, String> env = Map.of("XDG_CONFIG_HOME", first.configHome().toString(), "HOME", home.toString());
		ExaShellJar.Run debug = ExaShellJar.run(env, null, home, "--debug", "list", "--limit", "1");
		assertThat(debug.code()).as("the saved key and base URL are used").isZero();
		assertThat(debug.err()).contains("> GET " + base + "/v0/imports?limit=1");
		assertThat(debug.err()).contains("x-api-key: ****71d4");
		assertThat(debug.out() + debug.err()).doesNotContain(KEY);

		Files.setPosixFilePermissions(config.resolve("config.json"), PosixFilePermissions.fromString("rw-r--r--"));
		ExaShellJar.Run refused = ExaShellJar.run(env, null, home, "list");
		assertThat(refused.code()).isEqualTo(4);
		assertThat(refused.err()).isEqualTo("error: " + config.resolve("config.json") + " can be read or changed by other "
				+ "users (mode 0644); exa-shell will not use a key kept there\nhint: chmod 600 " + config.resolve("config.json") + "\n");
	}

	private static String mode(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	/** Types a command, waits for {@code marker} and the prompt, and returns the lines in between; the key never shows. */
	private static List<String> step(Tmux tmux, String command, String marker) {
		tmux.type(command);
		String echoed = PROMPT + " " + command + "\n";
		String screen = tmux.awaitScreen(command, s -> s.contains(echoed) && promptIsBack(s)
				&& s.substring(s.lastIndexOf(echoed) + echoed.length()).contains(marker));
		assertThat(screen).doesNotContain(KEY);
		return screen.substring(screen.lastIndexOf(echoed) + echoed.length(), screen.lastIndexOf(PROMPT)).lines().toList();
	}

	private static boolean promptIsBack(String screen) {
		return screen.endsWith("\n" + PROMPT + "\n") || screen.equals(PROMPT + "\n");
	}
}
