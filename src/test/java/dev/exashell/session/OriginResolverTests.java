package dev.exashell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.CliException;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the key and base URL come from, strongest first, and which profile picks them. */
class OriginResolverTests {

	private static final String SAVED = "saved-default-key-0001";
	private static final String STAGING = "saved-staging-key-0002";

	@TempDir
	Path dir;

	private ConfigStore store;

	@BeforeEach
	void saveTwoProfiles() {
		store = new ConfigStore(dir);
		store.write(ConfigFile.EMPTY.withProfile("default", new Profile(SAVED, null))
			.withProfile("staging", new Profile(STAGING, "https://staging.example/websets")));
	}

	private Origin resolve(Map<String, String> env, String... args) {
		LaunchOptions launch = LaunchOptionsParser.parse(args, env);
		return new OriginResolver(launch, store).resolve();
	}

	@Test
	void withNothingElseTheSavedKeyOfTheDefaultProfileIsUsedAgainstTheRealApi() {
		assertThat(resolve(Map.of())).isEqualTo(new Origin(URI.create(LaunchOptions.DEFAULT_BASE_URL),
				new ApiKey(SAVED, KeySource.SAVED), "default"));
	}

	@Test
	void theEnvironmentKeyBeatsTheSavedOneAndTheFlagBeatsBoth() {
		assertThat(resolve(Map.of("EXA_API_KEY", "env-key-123456")).key())
			.isEqualTo(new ApiKey("env-key-123456", KeySource.ENVIRONMENT));
		assertThat(resolve(Map.of("EXA_API_KEY", "env-key-123456"), "--api-key", "flag-key-123456", "list").key())
			.isEqualTo(new ApiKey("flag-key-123456", KeySource.FLAG));
	}

	@Test
	void aProfileSelectsItsKeyAndBaseUrlByFlagOrEnvironmentFlagFirst() {
		Origin staging = new Origin(URI.create("https://staging.example/websets"), new ApiKey(STAGING, KeySource.SAVED),
				"staging");
		assertThat(resolve(Map.of(), "--profile", "staging")).isEqualTo(staging);
		assertThat(resolve(Map.of("EXA_PROFILE", "staging"))).isEqualTo(staging);
		assertThat(resolve(Map.of("EXA_PROFILE", "default"), "--profile=staging")).isEqualTo(staging);
	}

	@Test
	void withoutFlagOrEnvironmentTheProfileChosenByProfileUseApplies() {
		store.update(c -> c.withActive("staging"));

		assertThat(resolve(Map.of()).profile()).isEqualTo("staging");
		assertThat(resolve(Map.of(), "--profile", "default").profile()).isEqualTo("default");
	}

	@Test
	void anExplicitBaseUrlBeatsTheProfilesAndAnUnknownProfileHasNoKey() {
		Map<String, String> env = new HashMap<>(Map.of("EXA_BASE_URL", "http://127.0.0.1:9/websets"));
		assertThat(resolve(env, "--profile", "staging").baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9/websets"));
		assertThat(resolve(Map.of(), "--base-url", "http://127.0.0.1:8/websets", "--profile", "staging").baseUrl())
			.isEqualTo(URI.create("http://127.0.0.1:8/websets"));
		assertThat(resolve(Map.of(), "--profile", "new")).isEqualTo(new Origin(
				URI.create(LaunchOptions.DEFAULT_BASE_URL), null, "new",
				new MissingKey("there is no saved profile 'new' in " + store.file(),
						"check the name (profile lists the saved ones), or run login --save to save a key for it")));
	}

	@Test
	void aSessionResolvesOnFirstUseSoAnOpenConfigFileIsRefusedByTheCommandNotAtStart() throws Exception {
		Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString("rw-r--r--"));
		OriginResolver resolver = new OriginResolver(LaunchOptionsParser.parse(new String[0], Map.of()), store);

		Session session = new Session(false, resolver::resolve);

		assertThatThrownBy(session::apiKey).isInstanceOf(CliException.class)
			.hasMessageContaining("can be read or changed by other users (mode 0644)")
			.hasMessageNotContaining(SAVED);
	}

	@Test
	void aBadBaseUrlIsAUsageErrorNamingIt() {
		store.update(c -> c.withProfile("broken", new Profile(null, "ftp://x")));

		assertThatThrownBy(() -> resolve(Map.of(), "--profile", "broken")).isInstanceOf(CliException.class)
			.hasMessage("the base URL 'ftp://x' saved for profile 'broken' in " + store.file() + " is not an http(s) URL");
	}
}
