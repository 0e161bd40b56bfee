package dev.exashell.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A stdout that takes {@code capacity} bytes and then refuses every write as the system does: a
 * full disk ({@code No space left on device}) or a pipe whose reader has gone ({@code Broken pipe}).
 */
public final class RefusingOutput extends OutputStream {

	private final long capacity;
	private final String reason;
	private final ByteArrayOutputStream accepted = new ByteArrayOutputStream();
	private int refused;

	private RefusingOutput(long capacity, String reason) {
		this.capacity = capacity;
		this.reason = reason;
	}

	public static RefusingOutput fullDisk(long capacity) {
		return new RefusingOutput(capacity, "No space left on device");
	}

	public static RefusingOutput closedPipe(long capacity) {
		return new RefusingOutput(capacity, "Broken pipe");
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		int fits = (int) Math.min(len, capacity - accepted.size());
		accepted.write(b, off, fits);
		if (fits < len) {
			refused++;
			throw new IOException(reason);
		}
	}

	/** What was written before the first refusal. */
	public String accepted() {
		return accepted.toString(StandardCharsets.UTF_8);
	}

	/** How many writes were refused. */
	public int refused() {
		return refused;
	}
}
