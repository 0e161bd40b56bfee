package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.api.RawJson;
import dev.exashell.cli.Utf8PrintWriter;
import java.io.PrintWriter;
import java.nio.CharBuffer;

/**
 * Prints imports as JSON lines ({@code -o jsonl}) to one writer. An import received in compact
 * form is printed as received ({@link RawJson.Compact}): its bytes straight into the writer's
 * buffer when the writer takes UTF-8 bytes (stdout), else decoded into a buffer reused for every
 * line; a walk over 100,000 imports makes no string for any of them. Anything else is
 * {@link OutputJson#importText} with the compact layout; the text is the same either way.
 */
final class JsonLines {

	private static final byte[] LINE_END = { '\n' };

	private final PrintWriter out;

	private final Utf8PrintWriter bytes;

	private final RawJson.Compact compact = new RawJson.Compact();

	JsonLines(PrintWriter out) {
		this.out = out;
		this.bytes = out instanceof Utf8PrintWriter utf8 ? utf8 : null;
	}

	/** The import and a line end. */
	void print(Import item) {
		RawJson raw = item.raw();
		if (raw != null && bytes != null && compact.writeBytes(raw, bytes.utf8())) {
			bytes.writeUtf8(LINE_END, 0, 1);
			return;
		}
		CharBuffer text = raw == null || bytes != null ? null : compact.text(raw);
		if (text != null) {
			out.write(text.array(), 0, text.limit());
		}
		else {
			out.print(OutputJson.importText(OutputJson.compact(), item));
		}
		out.print("\n");
	}
}
