package dev.exashell.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a stream of bytes, given a chunk at a time, is UTF-8 (the JDK's decoder, strict):
 * a character split between two chunks is carried over to the next one.
 */
final class Utf8Check {

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private ByteBuffer bytes = ByteBuffer.allocate(0);
	private CharBuffer chars = CharBuffer.allocate(0);

	/**
	 * How many of the first {@code length} bytes of {@code chunk} come before the first byte that is
	 * not UTF-8 ({@code length} when there is none; negative when that byte was in an earlier chunk).
	 */
	int validPrefix(byte[] chunk, int length) {
		int carried = bytes.remaining();
		if (bytes.capacity() < carried + length) {
			bytes = ByteBuffer.allocate(carried + length).put(bytes).flip();
			chars = CharBuffer.allocate(carried + length);
		}
		bytes.compact().put(chunk, 0, length).flip();
		chars.clear();
		CoderResult result = decoder.decode(bytes, chars, false);
		if (result.isError()) {
			return bytes.position() - carried;
		}
		return length;
	}

	/** How many bytes at the end wait for the rest of their character. */
	int pending() {
		return bytes.remaining();
	}

	/** Whether the stream ended on a whole character. */
	boolean complete() {
		return !bytes.hasRemaining();
	}
}
