package dev.exashell.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.ErrorReporter.Report;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.testing.CapturedIo;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem with the saved configuration names the file and the profile it comes from, and says
 * what is wrong; credentials in a base URL are never shown.
 */
class ConfigProblemsTests {

	@TempDir
	Path dir;

	private final CapturedIo io = CapturedIo.piped();
	private ConfigStore store;
	private Session session;
	private CommandDispatcher dispatcher;

	private void start(String... args) {
		store = new ConfigStore(dir.resolve("exa-shell"));
		OriginResolver origins = new OriginResolver(LaunchOptionsParser.parse(args, Map.of()), store);
		session = new Session(false, origins::resolve);
		CommandCatalog catalog = new CommandCatalog(List.of(
				new LoginCommand(session, prompt -> Optional.of("typed-key-0123456789"), key -> {
				}, io, store), new ProfileCommand(session, origins, io), new StatusCommand(session, io)));
		dispatcher = new CommandDispatcher(catalog, new ErrorReporter(false), io);
	}

	@Test
	void aSavedBaseUrlThatIsNotHttpNamesTheProfileAndTheFile() {
		start("--profile", "broken");
		store.update(c -> c.withProfile("broken", new Profile("k-0123456789ab", "ftp://x")));

		assertThat(dispatcher.executeLine("status", null)).isEqualTo(2);
		assertThat(io.err()).isEqualTo("error: the base URL 'ftp://x' saved for profile 'broken' in " + store.file()
				+ " is not an http(s) URL\n"
				+ "hint: set its baseUrl there to one such as https://api.exa.ai/websets, or remove it\n");
	}

	@Test
	void aProfileThatIsNotSavedIsNamedWhenAKeyIsNeeded() {
		start("--profile", "ghost");
		store.update(c -> c.withProfile("work", new Profile("k-0123456789ab", null)));

		assertThat(describeNoKey()).isEqualTo(new Report(4,
				"no API key is set: there is no saved profile 'ghost' in " + store.file(),
				"check the name (profile lists the saved ones), or run login --save to save a key for it"));
	}

	@Test
	void aSavedProfileWithoutAKeySaysSo() {
		start("--profile", "work");
		store.update(c -> c.withProfile("work", new Profile(null, "http://127.0.0.1:9/websets")));

		assertThat(describeNoKey()).isEqualTo(new Report(4,
				"no API key is set: profile 'work' in " + store.file() + " has no saved key",
				"run login --save, or export EXA_API_KEY=<your key>"));
	}

	@Test
	void theDefaultProfileWithNothingSavedKeepsTheFirstRunAdvice() {
		start();

		assertThat(describeNoKey()).isEqualTo(new Report(4, "no API key is set",
				"export EXA_API_KEY=<your key>, run login, or start with --sandbox"));
	}

	@Test
	void aConfigDirectoryThatIsAFileIsNamedAsSuch() throws Exception {
		start();
		Files.writeString(dir.resolve("exa-shell"), "not a directory\n");

		assertThat(dispatcher.executeLine("login --save", null)).isEqualTo(1);
		assertThat(dispatcher.executeLine("status", null)).isEqualTo(1);
		String expected = "error: the config directory " + dir.resolve("exa-shell") + " is a file, not a directory\n"
				+ "hint: move that file away; exa-shell keeps its settings in " + dir.resolve("exa-shell/config.json")
				+ "\n";
		assertThat(io.err()).isEqualTo(expected + expected);
	}

	@Test
	void credentialsInTheBaseUrlAreMaskedInStatus() {
		start("--base-url", "http://admin:hunter2@127.0.0.1:9/websets");

		assertThat(dispatcher.executeLine("status", null)).isZero();
		assertThat(io.out()).contains("base URL     http://****@127.0.0.1:9/websets\n").doesNotContain("hunter2")
			.doesNotContain("admin");
	}

	@Test
	void credentialsInABaseUrlThatIsRefusedAreMaskedToo() {
		start("--base-url", "ftp://admin:hunter2@x/websets");

		assertThat(dispatcher.executeLine("status", null)).isEqualTo(2);
		assertThat(io.err()).startsWith("error: the base URL 'ftp://****@x/websets' is not an http(s) URL\n");
	}

	@Test
	void theSandboxSaysNoKeyIsNeededRatherThanShowingAMaskedOne() {
		Session sandbox = new Session(URI.create("http://127.0.0.1:1/websets"), true,
				new ApiKey("sandbox", KeySource.SANDBOX));

		new StatusCommand(sandbox, io).run(null);

		assertThat(io.out()).contains("API key      no key needed (sandbox)\n").doesNotContain("****");
	}

	private Report describeNoKey() {
		ApiAccess access = new ApiAccess(session, (base, key) -> {
			throw new AssertionError("no client without a key");
		});
		try {
			access.api();
			throw new AssertionError("a key was found");
		}
		catch (RuntimeException e) {
			return ErrorReporter.describe(e);
		}
	}
}
