package dev.exashell.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.UsageException;
import dev.exashell.config.ConfigFile.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigStoreTests {

	private static final String KEY = "exa_live_0123456789abcdef";

	@TempDir
	Path home;

	private Path dir() {
		return home.resolve("exa-shell");
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	@Test
	void theDirectoryIsFoundFromXdgConfigHomeElseHome() {
		assertThat(ConfigStore.locate(Map.of("XDG_CONFIG_HOME", "/x/conf", "HOME", "/h"))).isEqualTo(Path.of("/x/conf/exa-shell"));
		assertThat(ConfigStore.locate(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.config/exa-shell"));
		assertThat(ConfigStore.locate(Map.of("XDG_CONFIG_HOME", "", "HOME", "/h"))).isEqualTo(Path.of("/h/.config/exa-shell"));
		assertThat(ConfigStore.locate(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")))
			.as("the XDG spec says a relative path is to be ignored").isEqualTo(Path.of("/h/.config/exa-shell"));
	}

	@Test
	void noFileReadsAsEmptyAndCreatesNothing() {
		ConfigStore store = new ConfigStore(dir());

		assertThat(store.read()).isEqualTo(ConfigFile.EMPTY);
		assertThat(dir()).doesNotExist();
	}

	@Test
	void aWriteCreatesTheDirectory0700AndTheFile0600AndReadsBack() throws IOException {
		ConfigStore store = new ConfigStore(dir());
		ConfigFile config = ConfigFile.EMPTY.withProfile("default", new Profile(KEY, null))
			.withProfile("staging", new Profile("k2-abcdefgh", "https://staging.example/websets"))
			.withActive("staging");

		store.write(config);

		assertThat(mode(dir())).isEqualTo("rwx------");
		assertThat(mode(store.file())).isEqualTo("rw-------");
		assertThat(store.read()).isEqualTo(config);
		assertThat(store.read().active()).isEqualTo("staging");
		assertThat(Files.readString(store.file()).replaceAll("\\s+", "")).isEqualTo("{\"activeProfile\":\"staging\","
				+ "\"profiles\":{\"default\":{\"apiKey\":\"" + KEY + "\"},\"staging\":{\"apiKey\":\"k2-abcdefgh\","
				+ "\"baseUrl\":\"https://staging.example/websets\"}}}");
	}

	@Test
	void anExistingOpenDirectoryIsMadePrivateOnWrite() throws IOException {
		Files.createDirectories(dir(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

		new ConfigStore(dir()).write(ConfigFile.EMPTY.withActive("x"));

		assertThat(mode(dir())).isEqualTo("rwx------");
	}

	@ParameterizedTest
	@ValueSource(strings = { "rw-r--r--", "rw-r-----", "rw----r--", "rw--w----", "rw-------" })
	void aFileOthersCanReadOrChangeIsRefusedWithTheChmodThatFixesIt(String permissions) throws IOException {
		ConfigStore store = new ConfigStore(dir());
		store.write(ConfigFile.EMPTY.withProfile("default", new Profile(KEY, null)));
		Files.setPosixFilePermissions(store.file(), PosixFilePermissions.fromString(permissions));

		if (permissions.equals("rw-------")) {
			assertThat(store.read().profile("default")).contains(new Profile(KEY, null));
			return;
		}
		assertThatThrownBy(store::read).isInstanceOfSatisfying(CliException.class, e -> {
			assertThat(e.exitCode()).isEqualTo(ExitCodes.AUTH);
			assertThat(e.getMessage()).startsWith(store.file() + " can be read or changed by other users (mode 0")
				.doesNotContain(KEY);
			assertThat(e.hint()).isEqualTo("chmod 600 " + store.file());
		});
	}

	@Test
	void theWriteIsAtomicATemporaryFileMovedOverTheOldOne() throws IOException {
		List<String> moves = new ArrayList<>();
		ConfigStore store = new ConfigStore(dir(), (from, to) -> {
			moves.add(from.getFileName() + " -> " + to.getFileName() + " " + mode(from));
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		});

		store.write(ConfigFile.EMPTY.withActive("one"));
		store.write(ConfigFile.EMPTY.withActive("two"));

		assertThat(moves).hasSize(2).allSatisfy(move -> assertThat(move)
			.matches("\\.config\\.json\\.\\d+\\.tmp -> config\\.json rw-------"));
		assertThat(store.read().active()).isEqualTo("two");
		try (var files = Files.list(dir())) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
		}
	}

	@Test
	void aCrashBeforeTheRenameLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
		new ConfigStore(dir()).write(ConfigFile.EMPTY.withProfile("default", new Profile(KEY, null)));
		String before = Files.readString(dir().resolve("config.json"));
		ConfigStore crashing = new ConfigStore(dir(), (from, to) -> {
			throw new IOException("disk full");
		});

		assertThatThrownBy(() -> crashing.write(ConfigFile.EMPTY)).isInstanceOf(CliException.class)
			.hasMessageContaining("cannot save").hasMessageContaining("disk full");

		assertThat(Files.readString(dir().resolve("config.json"))).isEqualTo(before);
		try (var files = Files.list(dir())) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("config.json");
		}
	}

	@Test
	void aBrokenFileIsAUsageErrorThatDoesNotQuoteIt() throws IOException {
		Files.createDirectories(dir());
		Path file = PrivateFiles.file(dir().resolve("config.json"));
		Files.writeString(file, "{\"profiles\": {\"default\": {\"apiKey\": " + KEY + "}}}");

		assertThatThrownBy(new ConfigStore(dir())::read).isInstanceOf(UsageException.class)
			.hasMessage(file + " is not a valid exa-shell config file (line 1)")
			.hasMessageNotContaining(KEY);
	}

	@Test
	void updateReadsChangesAndWritesBack() {
		ConfigStore store = new ConfigStore(dir());
		store.update(c -> c.withProfile("a", new Profile(KEY, null)));
		store.update(c -> c.withProfile("b", new Profile(null, "http://127.0.0.1:1/websets")));
		store.update(c -> c.withProfile("a", null));

		assertThat(store.read().sorted().keySet()).containsExactly("b");
	}

	@Test
	void aProfileNeverShowsItsKey() {
		ConfigFile config = ConfigFile.EMPTY.withProfile("default", new Profile(KEY, null));

		assertThat(config.toString()).doesNotContain(KEY).contains("apiKey=****");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-x", "a b", "../up", "a/b", "é" })
	void badProfileNamesAreRefused(String name) {
		assertThatThrownBy(() -> ConfigFile.checkName(name)).isInstanceOf(UsageException.class)
			.hasMessage("'" + name + "' is not a profile name");
	}
}
