package dev.exashell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.testing.CapturedIo;
import dev.exashell.cli.UsageException;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** login --save, logout --forget, profile list/use/remove and status, over a real config file. */
class ProfileCommandsTests {

	private static final String TYPED = "typed-key-0123456789";
	private static final String STAGING = "staging-key-abcdefghij";

	@TempDir
	Path dir;

	private final CapturedIo io = CapturedIo.piped();
	private final List<String> checked = new ArrayList<>();
	private ConfigStore store;
	private Session session;
	private CommandDispatcher dispatcher;

	private void start(String... args) {
		store = new ConfigStore(dir.resolve("exa-shell"));
		OriginResolver origins = new OriginResolver(LaunchOptionsParser.parse(args, Map.of()), store);
		session = new Session(false, origins::resolve);
		CommandCatalog catalog = new CommandCatalog(List.of(
				new LoginCommand(session, prompt -> Optional.of(TYPED), checked::add, io, store),
				new LogoutCommand(session, io, store), new ProfileCommand(session, origins, io),
				new StatusCommand(session, io)));
		dispatcher = new CommandDispatcher(catalog, new ErrorReporter(false), io);
	}

	private int run(String line) {
		return dispatcher.executeLine(line, null);
	}

	@Test
	void loginSaveKeepsTheCheckedKeyForTheProfileInAPrivateFileAndStatusSaysWhereItCameFrom() throws Exception {
		start("--profile", "work", "--base-url", "http://127.0.0.1:9/websets");

		assertThat(run("login --save")).isZero();

		assertThat(checked).containsExactly(TYPED);
		assertThat(store.read().profile("work")).contains(new Profile(TYPED, "http://127.0.0.1:9/websets"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
		assertThat(io.err()).isEqualTo("logged in: key typed-key-0123456789".replace(TYPED, ApiKey.mask(TYPED))
				+ " kept for this session and saved for profile work in " + store.file() + "\n");

		start("--profile", "work");
		run("status");
		assertThat(io.out()).contains("base URL     http://127.0.0.1:9/websets\nprofile      work\nAPI key      "
				+ ApiKey.mask(TYPED) + " (from profile work)\n").doesNotContain(TYPED);
	}

	@Test
	void logoutKeepsTheSavedKeyAndSaysSoLogoutForgetRemovesIt() {
		start();
		run("login --save");
		assertThat(run("logout")).isZero();
		assertThat(session.apiKey()).isEmpty();
		assertThat(store.read().profile("default")).contains(new Profile(TYPED, null));

		start();
		assertThat(session.apiKey()).contains(new ApiKey(TYPED, KeySource.SAVED));
		assertThat(run("logout --forget")).isZero();

		assertThat(session.apiKey()).isEmpty();
		assertThat(store.read().profile("default")).isEmpty();
		assertThat(io.err()).contains("the key saved for profile default stays saved; logout --forget removes it\n",
				"removed the key saved for profile default from " + store.file() + "\n");
	}

	@Test
	void profileListShowsEveryProfileMaskedAndMarksThisSessions() {
		start();
		store.write(ConfigFile.EMPTY.withProfile("default", new Profile(TYPED, null))
			.withProfile("staging", new Profile(STAGING, "https://staging.example/websets")));

		assertThat(run("profile")).isZero();

		assertThat(io.out()).isEqualTo("default\ttrue\t" + ApiKey.mask(TYPED) + "\thttps://api.exa.ai/websets\n"
				+ "staging\tfalse\t" + ApiKey.mask(STAGING) + "\thttps://staging.example/websets\n");
		assertThat(io.out() + io.err()).doesNotContain(TYPED, STAGING);
	}

	@Test
	void withNothingSavedProfileListSaysHowToSaveOne() {
		start("--profile", "x");
		store.write(ConfigFile.EMPTY);
		Session sandbox = new Session(URI.create("http://127.0.0.1:1/websets"), true, null);
		ProfileCommand profile = new ProfileCommand(sandbox, new OriginResolver(LaunchOptionsParser.parse(new String[0],
				Map.of()), store), io);

		assertThat(profile.run(dev.exashell.cli.InvocationBinder.bind(profile.spec(), List.of()))).isZero();

		assertThat(io.out()).isEmpty();
		assertThat(io.err()).isEqualTo("no saved profiles: login --save saves the key for this session's profile\n");
	}

	@Test
	void profileUseSwitchesThisSessionAndBecomesTheDefaultForTheNext() {
		start();
		store.write(ConfigFile.EMPTY.withProfile("staging", new Profile(STAGING, "https://staging.example/websets")));

		assertThat(run("profile use staging")).isZero();

		assertThat(session.baseUrl()).isEqualTo(URI.create("https://staging.example/websets"));
		assertThat(session.apiKey()).contains(new ApiKey(STAGING, KeySource.SAVED));
		assertThat(store.read().active()).isEqualTo("staging");
		start();
		assertThat(session.profile()).contains("staging");
	}

	@Test
	void aKeyFromTheEnvironmentStaysWhenTheProfileChanges() {
		store = new ConfigStore(dir.resolve("exa-shell"));
		store.write(ConfigFile.EMPTY.withProfile("staging", new Profile(STAGING, null)));
		OriginResolver origins = new OriginResolver(LaunchOptionsParser.parse(new String[0],
				Map.of("EXA_API_KEY", "env-key-0123456789")), store);

		assertThat(origins.resolve("staging").key()).isEqualTo(new ApiKey("env-key-0123456789", KeySource.ENVIRONMENT));
	}

	@Test
	void profileRemoveDeletesItAndForgetsTheSessionKeyThatCameFromIt() {
		start();
		run("login --save");
		start();

		assertThat(run("profile remove default")).isZero();

		assertThat(store.read().profiles()).isEmpty();
		assertThat(session.apiKey()).isEmpty();
		assertThat(io.err()).contains("this session no longer has an API key (it came from that profile)");
	}

	@Test
	void unknownProfilesAndActionsAreUsageErrors() {
		start();

		assertThat(run("profile use nope")).isEqualTo(2);
		assertThat(run("profile remove nope")).isEqualTo(2);
		assertThat(run("profile rename x")).isEqualTo(2);
		assertThat(run("profile use ../x")).isEqualTo(2);
		assertThat(io.err()).contains("error: there is no saved profile 'nope'\n",
				"error: unknown profile action 'rename'\n", "error: '../x' is not a profile name\n");
	}

	@Test
	void theSandboxHasNoProfileToSaveFor() {
		store = new ConfigStore(dir.resolve("exa-shell"));
		Session sandbox = new Session(URI.create("http://127.0.0.1:1/websets"), true, new ApiKey("sandbox", KeySource.SANDBOX));
		LoginCommand login = new LoginCommand(sandbox, prompt -> Optional.of(TYPED), checked::add, io, store);

		assertThatThrownBy(() -> login.run(dev.exashell.cli.InvocationBinder.bind(login.spec(), List.of("--save"))))
			.isInstanceOf(UsageException.class).hasMessage("the embedded sandbox needs no key, so there is nothing to save");
		assertThat(checked).isEmpty();
	}
}
