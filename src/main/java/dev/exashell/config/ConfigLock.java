package dev.exashell.config;

import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLockInterruptionException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Held while the config file is read, changed and written back, so that two shells saving at
 * once both keep their change: the second waits, then re-reads what the first wrote. Across
 * processes it is an advisory lock ({@link FileChannel#lock()}) on {@code config.json.lock}, a
 * 0600 file beside the config that stays there; the operating system drops the lock when its
 * holder exits, however it exits. File locks belong to the whole JVM (a second one on the same
 * file within it throws), so within one JVM a lock object per file comes first.
 */
final class ConfigLock implements AutoCloseable {

	static final String FILE_NAME = ConfigStore.FILE_NAME + ".lock";

	private static final ConcurrentMap<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

	private final ReentrantLock local;
	private final FileChannel channel;

	private ConfigLock(ReentrantLock local, FileChannel channel) {
		this.local = local;
		this.channel = channel;
	}

	/** Waits until no other thread or process holds the lock for the config in {@code dir}, then holds it. */
	static ConfigLock acquire(Path dir) {
		Path file = dir.toAbsolutePath().normalize().resolve(FILE_NAME);
		ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, path -> new ReentrantLock());
		try {
			local.lockInterruptibly();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw interrupted(dir);
		}
		FileChannel channel = null;
		try {
			PrivateFiles.directory(file.getParent());
			channel = FileChannel.open(PrivateFiles.file(file), StandardOpenOption.WRITE);
			channel.lock();
			return new ConfigLock(local, channel);
		}
		catch (IOException | RuntimeException e) {
			closeQuietly(channel);
			local.unlock();
			if (e instanceof FileLockInterruptionException || e instanceof ClosedByInterruptException) {
				Thread.currentThread().interrupt();
				throw interrupted(dir);
			}
			throw new CliException(ExitCodes.API_ERROR, "cannot lock " + file + " to save the config: " + e.getMessage(),
					"check that " + dir + " is writable");
		}
	}

	private static CliException interrupted(Path dir) {
		return new CliException(ExitCodes.INTERRUPTED, "interrupted while waiting to save " + dir.resolve(
				ConfigStore.FILE_NAME) + " (another exa-shell was saving)", null);
	}

	/** Releases the lock: the file lock first, then the one within this JVM. */
	@Override
	public void close() {
		try {
			closeQuietly(channel);
		}
		finally {
			local.unlock();
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException e) {
				// closing the channel releases the lock even when close reports an error
			}
		}
	}
}
