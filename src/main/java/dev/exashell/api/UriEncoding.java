package dev.exashell.api;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding: everything but the unreserved {@code A-Z a-z 0-9 - . _ ~}, as UTF-8 bytes. */
final class UriEncoding {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private UriEncoding() {
	}

	/**
	 * One path segment that can never change the path: {@code /}, {@code ?}, {@code #} and
	 * {@code %} are encoded, and the dot segments {@code .} and {@code ..} become {@code %2E} and
	 * {@code %2E%2E} so no resolver treats them as "here" or "up".
	 */
	static String segment(String value) {
		if (value.equals(".") || value.equals("..")) {
			return value.replace(".", "%2E");
		}
		return encode(value);
	}

	/** A query parameter name or value (space is {@code %20}, never {@code +}). */
	static String encode(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(bytes.length);
		for (byte b : bytes) {
			int c = b & 0xff;
			if (isUnreserved(c)) {
				out.append((char) c);
			}
			else {
				out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
			}
		}
		return out.toString();
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}
}
