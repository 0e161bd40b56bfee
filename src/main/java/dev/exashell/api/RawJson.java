package dev.exashell.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One JSON object of an API answer exactly as it was received: a span of the answer's bytes, kept
 * beside the {@link Import} parsed from it. {@link #writeTo} copies it token by token: every field,
 * known or not, in the API's order, and every number in the API's own text ({@code 2.5}, {@code 1e20},
 * {@code 1.0}); strings keep their value (JSON escapes may be written differently). Nothing goes
 * through a record, so nothing is rounded, reformatted or dropped.
 */
public final class RawJson {

	private final byte[] body;

	private final int offset;

	private final int length;

	private RawJson(byte[] body, int offset, int length) {
		this.body = body;
		this.offset = offset;
		this.length = length;
	}

	/** The whole answer (one import). */
	static RawJson whole(byte[] body) {
		return new RawJson(body, 0, body.length);
	}

	/** The {@code length} bytes of {@code body} from {@code offset}: one object of an answer. */
	static RawJson span(byte[] body, int offset, int length) {
		return new RawJson(body, offset, length);
	}

	/**
	 * The objects of a page's {@code data} array, in order; empty when the answer is not an object
	 * with such an array of objects (then the page's imports carry no raw form).
	 */
	static List<RawJson> pageItems(byte[] body) {
		List<RawJson> items = new ArrayList<>();
		try (JsonParser p = ClientJson.TOKENS.createParser(body)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				return List.of();
			}
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				if (p.nextToken() != JsonToken.START_ARRAY || !name.equals("data")) {
					p.skipChildren();
					continue;
				}
				items.clear();
				while (p.nextToken() == JsonToken.START_OBJECT) {
					long start = p.currentTokenLocation().getByteOffset();
					p.skipChildren();
					long end = p.currentTokenLocation().getByteOffset() + 1;
					items.add(new RawJson(body, (int) start, (int) (end - start)));
				}
				if (!p.hasToken(JsonToken.END_ARRAY)) {
					return List.of();
				}
			}
			return items;
		}
		catch (JacksonException e) {
			return List.of();
		}
	}

	/** Writes the object to {@code out} (compact or pretty, as {@code out} is set up), numbers in their received text. */
	public void writeTo(JsonGenerator out) {
		try (JsonParser p = ClientJson.TOKENS.createParser(body, offset, length)) {
			p.nextToken();
			copyValue(p, out);
		}
	}

	/** Writes the value of the object's field {@code name} as received; false (nothing written) when it has none. */
	public boolean writeField(String name, JsonGenerator out) {
		try (JsonParser p = ClientJson.TOKENS.createParser(body, offset, length)) {
			p.nextToken();
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				boolean wanted = p.currentName().equals(name);
				p.nextToken();
				if (wanted) {
					copyValue(p, out);
					return true;
				}
				p.skipChildren();
			}
			return false;
		}
	}

	/** Copies the value at the parser's current token, token by token, numbers by their text. */
	private static void copyValue(JsonParser p, JsonGenerator out) {
		int depth = 0;
		JsonToken token = p.currentToken();
		while (true) {
			if (token.isNumeric()) {
				out.writeNumber(p.getString());
			}
			else {
				out.copyCurrentEvent(p);
			}
			depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
			if (depth == 0) {
				return;
			}
			token = p.nextToken();
		}
	}

	/**
	 * The object's text when it is already what {@link #writeTo} writes to a compact generator: no
	 * whitespace between tokens, no escape in any string, valid UTF-8. Then it can be printed as
	 * it is, which costs a fraction of copying it token by token; otherwise null.
	 */
	public String compactText() {
		CharBuffer text = new Compact().text(this);
		return text == null ? null : text.toString();
	}

	/**
	 * Objects, one after another, as their own compact text ({@link #compactText()}) when they are,
	 * with one decoder and one buffer for all of them: as the bytes they were received in, or as
	 * characters. A walk printing 100,000 imports this way makes no string for any of them.
	 */
	public static final class Compact {

		private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

		private CharBuffer chars = CharBuffer.allocate(1024);

		/** Writes the object's bytes (UTF-8) to {@code out} when it is its own compact text; false, with nothing written, when not. */
		public boolean writeBytes(RawJson raw, OutputStream out) {
			int kind = raw.compactness();
			if (kind == NOT_COMPACT || kind == NON_ASCII && decoded(raw) == null) {
				return false;
			}
			try {
				out.write(raw.body, raw.offset, raw.length);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return true;
		}

		/** The object's text when it is its own compact text, else null; the buffer is reused by the next call. */
		public CharBuffer text(RawJson raw) {
			return raw.compactness() == NOT_COMPACT ? null : decoded(raw);
		}

		private CharBuffer decoded(RawJson raw) {
			if (chars.capacity() < raw.length) {
				chars = CharBuffer.allocate(raw.length);
			}
			utf8.reset();
			chars.clear();
			ByteBuffer bytes = ByteBuffer.wrap(raw.body, raw.offset, raw.length);
			if (utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError()) {
				return null;
			}
			return chars.flip();
		}
	}

	/** What may follow a backslash in a string that a compact copy writes the same way. */
	private static final String SHORT_ESCAPES = "\"\\bfnrt";

	private static final int NOT_COMPACT = 0;

	private static final int ASCII = 1;

	private static final int NON_ASCII = 2;

	/**
	 * {@link #NOT_COMPACT} when there is whitespace between tokens, a control character in a
	 * string, or an escape other than the short ones Jackson writes itself ({@code \\" \\\\ \\b \\f
	 * \\n \\r \\t}); else {@link #ASCII} or {@link #NON_ASCII} (which may still not be valid UTF-8).
	 */
	private int compactness() {
		boolean inString = false;
		boolean ascii = true;
		for (int i = offset, end = offset + length; i < end; i++) {
			int b = body[i] & 0xff;
			if (b == '"') {
				inString = !inString;
			}
			else if (b == '\\' && inString && i + 1 < end && SHORT_ESCAPES.indexOf(body[i + 1]) >= 0) {
				i++;
			}
			else if (b < 0x20 || b == '\\' || !inString && b == ' ') {
				return NOT_COMPACT;
			}
			else if (b >= 0x80) {
				ascii = false;
			}
		}
		return ascii ? ASCII : NON_ASCII;
	}

	/** The object's text exactly as received (whitespace included). */
	@Override
	public String toString() {
		return new String(body, offset, length, StandardCharsets.UTF_8);
	}
}
