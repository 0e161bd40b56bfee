package dev.exashell.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintWriter} that encodes its text as UTF-8 into a byte buffer and also takes text
 * that is UTF-8 already ({@link #writeUtf8}), such as an object received from the API, without
 * decoding and encoding it again. Printed text and such bytes reach the stream under it in the
 * order they were written, when the buffer is full and on {@link #flush()}.
 */
public final class Utf8PrintWriter extends PrintWriter {

	private static final int BUFFER = 8192;

	private final BufferedOutputStream bytes;

	private final OutputStream utf8 = new OutputStream() {
		@Override
		public void write(int b) {
			writeUtf8(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			writeUtf8(b, off, len);
		}
	};

	private Utf8PrintWriter(BufferedOutputStream bytes) {
		super(new OutputStreamWriter(new FilterOutputStream(bytes) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			/** Printed text is pushed into the buffer before bytes are written, without the buffer going out. */
			@Override
			public void flush() {
			}
		}, StandardCharsets.UTF_8), false);
		this.bytes = bytes;
	}

	/** Over {@code out}, which every write that leaves the buffer and every flush reaches. */
	public static Utf8PrintWriter over(OutputStream out) {
		return new Utf8PrintWriter(new BufferedOutputStream(out, BUFFER));
	}

	/** Writes {@code len} bytes of UTF-8 text from {@code b} at {@code off}, after what was printed before. */
	public void writeUtf8(byte[] b, int off, int len) {
		synchronized (lock) {
			super.flush();
			try {
				bytes.write(b, off, len);
			}
			catch (IOException e) {
				setError();
			}
		}
	}

	/** {@link #writeUtf8} as a stream. */
	public OutputStream utf8() {
		return utf8;
	}

	@Override
	public void flush() {
		synchronized (lock) {
			super.flush();
			try {
				bytes.flush();
			}
			catch (IOException e) {
				setError();
			}
		}
	}
}
