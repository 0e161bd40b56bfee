package dev.exashell.interactive;

import dev.exashell.config.PrivateFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history (kept in {@code history} in the config directory) with two guarantees: lines
 * of {@code login}, lines with {@code --api-key}, any line containing a key the session knows and
 * lines that start with a long word that names no command (most likely a pasted key) are never
 * added (neither in memory nor in the file), and the file is only readable by its owner
 * (mode 0600, in a 0700 directory). JLine's own {@code HISTORY_IGNORE} holds only static globs,
 * so it cannot know the current key.
 */
final class SafeHistory extends DefaultHistory {

	/** Keys shorter than this are not looked for: they would match ordinary words. */
	private static final int MIN_SECRET_LENGTH = 6;

	private final Supplier<Collection<String>> secrets;
	private final Predicate<String> secretLike;
	private LineReader reader;
	private Path prepared;

	/**
	 * @param secrets the keys to keep out: the session's, the launch one, the saved ones
	 * @param secretLike lines that may hold a key nobody has told us about (see {@code CommandCatalog})
	 */
	SafeHistory(Supplier<Collection<String>> secrets, Predicate<String> secretLike) {
		this.secrets = secrets;
		this.secretLike = secretLike;
	}

	@Override
	public void attach(LineReader reader) {
		this.reader = reader;
		super.attach(reader);
	}

	@Override
	public void add(Instant time, String line) {
		if (!neverKept(line)) {
			super.add(time, line);
		}
	}

	boolean neverKept(String line) {
		String trimmed = line.strip();
		if (trimmed.equals("login") || trimmed.startsWith("login ") || trimmed.contains("--api-key")
				|| secretLike.test(line)) {
			return true;
		}
		return secrets.get().stream().anyMatch(key -> key != null && key.length() >= MIN_SECRET_LENGTH && line.contains(key));
	}

	@Override
	public void save() throws IOException {
		Object file = reader == null ? null : reader.getVariable(LineReader.HISTORY_FILE);
		if (file != null) {
			Path path = Path.of(file.toString()).toAbsolutePath();
			if (!path.equals(prepared)) {
				PrivateFiles.directory(path.getParent());
				PrivateFiles.file(path);
				prepared = path;
			}
		}
		super.save();
	}
}
