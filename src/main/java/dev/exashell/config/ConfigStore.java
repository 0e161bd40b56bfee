package dev.exashell.config;

import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.UsageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code config.json} in exa-shell's config directory ({@code $XDG_CONFIG_HOME/exa-shell}, else
 * {@code ~/.config/exa-shell}). The directory is kept 0700 and the file 0600. A write goes to a
 * 0600 temporary file in the same directory, is flushed to disk and then renamed over the old
 * file in one atomic step, so a crash leaves the old file or the new one, never half of one. Every
 * change is a read-modify-write under {@link ConfigLock}, so shells saving at the same time lose
 * nothing. A file that group or others may read or change is refused, with the {@code chmod} that
 * fixes it.
 */
public final class ConfigStore {

	public static final String FILE_NAME = "config.json";

	/** The prompt's history, beside the config file. */
	public static final String HISTORY_FILE = "history";

	/**
	 * Built on first use: without a config file, the prompt comes up without initialising Jackson
	 * (its first mapper sets up date formats and locale data, ~30 ms of CPU).
	 */
	private static final class Mapper {

		static final JsonMapper INSTANCE = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(SerializationFeature.INDENT_OUTPUT)
			.build();
	}

	/** Moves the written temporary file over the config file; replaced in tests to simulate a crash. */
	@FunctionalInterface
	interface Mover {
		void move(Path from, Path to) throws IOException;
	}

	private final Path dir;
	private final Mover mover;

	public ConfigStore(Path dir) {
		this(dir, (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
	}

	ConfigStore(Path dir, Mover mover) {
		this.dir = dir;
		this.mover = mover;
	}

	/** {@code $XDG_CONFIG_HOME/exa-shell} if that variable is an absolute path, else {@code $HOME/.config/exa-shell}. */
	public static Path locate(Map<String, String> env) {
		String xdg = env.get("XDG_CONFIG_HOME");
		if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
			return Path.of(xdg, "exa-shell");
		}
		String home = env.get("HOME");
		if (home == null || home.isBlank()) {
			home = System.getProperty("user.home");
		}
		return Path.of(home, ".config", "exa-shell");
	}

	public Path dir() {
		return dir;
	}

	public Path file() {
		return dir.resolve(FILE_NAME);
	}

	/** The saved settings; {@link ConfigFile#EMPTY} when there is no file yet. */
	public ConfigFile read() {
		Path file = file();
		checkDirectory();
		try {
			PrivateFiles.openMode(file).ifPresent(mode -> {
				throw new CliException(ExitCodes.AUTH, file + " can be read or changed by other users (mode " + mode
						+ "); exa-shell will not use a key kept there", "chmod 600 " + file);
			});
			ConfigFile config = Mapper.INSTANCE.readValue(Files.readAllBytes(file), ConfigFile.class);
			return config == null ? ConfigFile.EMPTY : config;
		}
		catch (NoSuchFileException e) {
			return ConfigFile.EMPTY;
		}
		catch (JacksonException e) {
			// Jackson's own message may quote the file's text, which holds keys: say only where
			String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
			throw new UsageException(file + " is not a valid exa-shell config file" + where,
					"fix it, or delete it and run login --save again");
		}
		catch (IOException e) {
			throw new CliException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage(), null);
		}
	}

	/**
	 * Replaces the file atomically with {@code config}, without the lock: what another shell saved
	 * meanwhile is overwritten. Commands change the file with {@link #update}.
	 */
	public void write(ConfigFile config) {
		byte[] bytes = Mapper.INSTANCE.writeValueAsBytes(config);
		Path temp = null;
		checkDirectory();
		try {
			PrivateFiles.directory(dir);
			temp = PrivateFiles.tempFile(dir, "." + FILE_NAME + ".");
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			mover.move(temp, file());
			temp = null;
		}
		catch (IOException e) {
			throw new CliException(ExitCodes.API_ERROR, "cannot save " + file() + ": " + e.getMessage(),
					"check that " + dir + " is writable");
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/** The directory, if it exists, must be one: a file in its place is named, not blamed on permissions. */
	private void checkDirectory() {
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new CliException(ExitCodes.API_ERROR, "the config directory " + dir + " is a file, not a directory",
					"move that file away; exa-shell keeps its settings in " + file());
		}
	}

	/**
	 * Reads, changes and writes back, holding the lock throughout, so the change applies to what
	 * is in the file now, including what another shell saved a moment ago; returns what was
	 * written. {@code change} may throw to refuse (nothing is written then).
	 */
	public ConfigFile update(UnaryOperator<ConfigFile> change) {
		checkDirectory();
		try (ConfigLock lock = ConfigLock.acquire(dir)) {
			ConfigFile changed = change.apply(read());
			write(changed);
			return changed;
		}
	}

	private static void deleteQuietly(Path temp) {
		if (temp != null) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException e) {
				// nothing more to do: the old file is intact
			}
		}
	}
}
