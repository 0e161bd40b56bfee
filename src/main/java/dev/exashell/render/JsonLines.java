package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.api.RawJson;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Prints imports as JSON lines ({@code -o jsonl}) to one writer. An import received in compact
 * form is decoded straight into a buffer this reuses and written from there
 * ({@link RawJson#compactTextInto}): a walk over 100,000 imports makes no string per import.
 * Anything else is {@link OutputJson#importText} with the compact layout; the text is the same.
 */
final class JsonLines {

	private final PrintWriter out;

	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

	private CharBuffer chars = CharBuffer.allocate(4096);

	JsonLines(PrintWriter out) {
		this.out = out;
	}

	/** The import and a line end. */
	void print(Import item) {
		RawJson raw = item.raw();
		if (raw != null && raw.length() > chars.capacity()) {
			chars = CharBuffer.allocate(raw.length());
		}
		if (raw != null && raw.compactTextInto(utf8, chars)) {
			out.write(chars.array(), 0, chars.limit());
		}
		else {
			out.print(OutputJson.importText(OutputJson.compact(), item));
		}
		out.print('\n');
	}
}
