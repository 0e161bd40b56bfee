package dev.exashell.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Strict percent-decoding of path segments and query strings (UTF-8; bad escapes are a 400). */
final class UriCodec {

	private UriCodec() {
	}

	/** Decodes one path segment; {@code +} stays a plus sign. */
	static String decodeSegment(String raw) {
		return decode(raw, false);
	}

	/** Parses {@code a=1&b=2}; names without {@code =} get {@code ""}; the first value of a name wins. */
	static Map<String, String> parseQuery(String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return Map.of();
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : rawQuery.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
			query.putIfAbsent(name, value);
		}
		return Collections.unmodifiableMap(query);
	}

	private static String decode(String raw, boolean plusIsSpace) {
		if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
			return raw;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
				int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
				if (lo < 0) {
					throw ApiError.invalid("MALFORMED_URL", "Malformed percent-encoding in '" + raw + "'");
				}
				bytes.write(hi * 16 + lo);
				i += 2;
			}
			else if (c == '+' && plusIsSpace) {
				bytes.write(' ');
			}
			else {
				int codePoint = raw.codePointAt(i);
				byte[] encoded = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
				i += Character.charCount(codePoint) - 1;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
		}
		catch (CharacterCodingException ex) {
			throw ApiError.invalid("MALFORMED_URL", "Percent-encoding in '" + raw + "' is not UTF-8");
		}
	}
}
