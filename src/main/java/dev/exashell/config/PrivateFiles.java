package dev.exashell.config;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Files only their owner may read: directories 0700, files 0600. On a file system without POSIX
 * permissions (Windows) these do nothing and every mode check passes.
 */
public final class PrivateFiles {

	static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private PrivateFiles() {
	}

	/** Creates {@code dir} (and its parents) if needed and makes it 0700. */
	public static Path directory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir);
		}
		if (posix(dir)) {
			Files.setPosixFilePermissions(dir, DIRECTORY);
		}
		return dir;
	}

	/** Creates {@code file} empty with mode 0600 if it is missing, or makes an existing one 0600. */
	public static Path file(Path file) throws IOException {
		if (!posix(file.toAbsolutePath().getParent())) {
			if (!Files.exists(file)) {
				Files.createFile(file);
			}
			return file;
		}
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
		}
		catch (FileAlreadyExistsException e) {
			// kept, but made private below
		}
		Files.setPosixFilePermissions(file, FILE);
		return file;
	}

	/** A new empty 0600 file in {@code dir}, for writing before it is moved into place. */
	static Path tempFile(Path dir, String prefix) throws IOException {
		return posix(dir) ? Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(FILE))
				: Files.createTempFile(dir, prefix, ".tmp");
	}

	/** The mode as {@code 0644}, when group or others have any permission on {@code file}; empty if private. */
	public static Optional<String> openMode(Path file) throws IOException {
		if (!posix(file)) {
			return Optional.empty();
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		int mode = 0;
		for (PosixFilePermission permission : permissions) {
			mode |= 1 << (8 - permission.ordinal());
		}
		return (mode & 077) == 0 ? Optional.empty() : Optional.of(String.format("0%o", mode));
	}

	private static boolean posix(Path path) {
		return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
	}
}
