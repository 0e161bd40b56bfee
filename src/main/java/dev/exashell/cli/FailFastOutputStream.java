package dev.exashell.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * An output stream that does not let a failed write pass unnoticed: the {@link PrintWriter}s the
 * shell writes through swallow {@link IOException}s, so this turns each into an unchecked
 * {@link OutputFailedException}, which PrintWriter lets through to the command, and from there
 * to {@link ErrorReporter}. Every write and flush goes straight to the stream it wraps.
 */
public final class FailFastOutputStream extends OutputStream {

	private final OutputStream out;
	private final boolean pipe;
	private volatile boolean failed;

	/** @param pipe {@code out} is a pipe: a write to it fails only when its reader has gone (EPIPE) */
	public FailFastOutputStream(OutputStream out, boolean pipe) {
		this.out = out;
		this.pipe = pipe;
	}

	/** A writer over {@code out} (not flushed automatically) whose failed writes are thrown. */
	public static PrintWriter writer(OutputStream out, Charset charset) {
		return writer(out, charset, false);
	}

	/** As {@link #writer(OutputStream, Charset)}, over a stream that is (or is not) a pipe. */
	public static PrintWriter writer(OutputStream out, Charset charset, boolean pipe) {
		return new FailFastOutputStream(out, pipe).printWriter(charset);
	}

	/** A writer over this stream (not flushed automatically) whose failed writes are thrown. */
	public PrintWriter printWriter(Charset charset) {
		return new PrintWriter(new OutputStreamWriter(this, charset), false);
	}

	/** Whether a write or flush has failed: each failure is thrown, and this remembers that one was. */
	public boolean failed() {
		return failed;
	}

	/** A UTF-8 writer over {@code out} (not flushed automatically) whose failed writes are thrown. */
	public static Utf8PrintWriter utf8Writer(OutputStream out, boolean pipe) {
		return Utf8PrintWriter.over(new FailFastOutputStream(out, pipe));
	}

	@Override
	public void write(int b) {
		try {
			out.write(b);
		}
		catch (IOException e) {
			throw failure(e);
		}
	}

	@Override
	public void write(byte[] b, int off, int len) {
		try {
			out.write(b, off, len);
		}
		catch (IOException e) {
			throw failure(e);
		}
	}

	@Override
	public void flush() {
		try {
			out.flush();
		}
		catch (IOException e) {
			throw failure(e);
		}
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException e) {
			throw failure(e);
		}
	}

	private OutputFailedException failure(IOException e) {
		failed = true;
		return new OutputFailedException(e, pipe);
	}
}
