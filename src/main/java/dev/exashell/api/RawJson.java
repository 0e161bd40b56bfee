package dev.exashell.api;

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
		CharBuffer chars = CharBuffer.allocate(length);
		return compactTextInto(StandardCharsets.UTF_8.newDecoder(), chars) ? chars.toString() : null;
	}

	/**
	 * As {@link #compactText()}, decoded into {@code chars} with {@code utf8} (a decoder that
	 * reports malformed input, as a new one does), which a caller printing many objects reuses:
	 * true when {@code chars}, cleared and then flipped, holds the text; false (and {@code chars}
	 * is meaningless) when the object is not its own compact text or {@code chars} holds fewer than
	 * {@link #length()} characters.
	 */
	public boolean compactTextInto(CharsetDecoder utf8, CharBuffer chars) {
		if (chars.capacity() < length || !isCompact()) {
			return false;
		}
		utf8.reset();
		chars.clear();
		ByteBuffer bytes = ByteBuffer.wrap(body, offset, length);
		if (utf8.decode(bytes, chars, true).isError() || utf8.flush(chars).isError()) {
			return false;
		}
		chars.flip();
		return true;
	}

	/** The object's size in bytes as received: no more characters than that are decoded from it. */
	public int length() {
		return length;
	}

	/** No whitespace between tokens and no escape or control character in any string. */
	private boolean isCompact() {
		boolean inString = false;
		for (int i = offset, end = offset + length; i < end; i++) {
			int b = body[i] & 0xff;
			if (b == '"') {
				inString = !inString;
			}
			else if (b < 0x20 || b == '\\' || b == '/' || !inString && b == ' ') {
				return false;
			}
		}
		return true;
	}

	/** The object's text exactly as received (whitespace included). */
	@Override
	public String toString() {
		return new String(body, offset, length, StandardCharsets.UTF_8);
	}
}
