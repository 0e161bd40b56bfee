package dev.exashell.session;

import dev.exashell.cli.UsageException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page starts: an API cursor (null = the very first page) and how many imports of the API
 * page of {@value #SCAN_PAGE} at that cursor to skip. The skip is only non-zero where a walk over
 * pages of 200 (a filtered scan, {@code list --all}) stopped mid-page, so that what follows
 * resumes exactly after the last import shown.
 *
 * <p>Users see a position as one cursor ({@link #token()}): the API's own cursor when the skip is
 * 0, else {@value #PREFIX} and the base64url of {@code skip:cursor}. {@code :} is in neither the
 * base64 nor the base64url alphabet of API cursors, so the prefix cannot be taken for one; and the
 * token needs no quoting in a POSIX shell or at the prompt. {@link #parse} takes either form back.
 */
public record Position(String cursor, int skip) {

	public static final Position START = new Position(null, 0);

	/** The API page size every skip counts in. */
	public static final int SCAN_PAGE = 200;

	static final String PREFIX = "xs1:";

	private static final Pattern DECODED = Pattern.compile("([1-9]\\d{0,2}):(.*)", Pattern.DOTALL);

	public static Position at(String cursor) {
		return new Position(cursor, 0);
	}

	/**
	 * A {@code --cursor} value: an API cursor as it is, or a {@link #token()} this program gave out.
	 *
	 * @throws UsageException (exit 2) for a token that is not one, before any request
	 */
	public static Position parse(String text) {
		if (!text.startsWith(PREFIX)) {
			return at(text);
		}
		Matcher decoded = DECODED.matcher(decode(text.substring(PREFIX.length())));
		if (!decoded.matches() || Integer.parseInt(decoded.group(1)) >= SCAN_PAGE) {
			throw notOurs(text);
		}
		String cursor = decoded.group(2);
		return new Position(cursor.isEmpty() ? null : cursor, Integer.parseInt(decoded.group(1)));
	}

	/** This position as one {@code --cursor} value; null for the very first page. */
	public String token() {
		if (skip == 0) {
			return cursor;
		}
		String both = skip + ":" + (cursor == null ? "" : cursor);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(both.getBytes(StandardCharsets.UTF_8));
	}

	private static String decode(String base64) {
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(base64);
			String text = new String(bytes, StandardCharsets.UTF_8);
			return text.getBytes(StandardCharsets.UTF_8).length == bytes.length ? text : "";
		}
		catch (IllegalArgumentException e) {
			return "";
		}
	}

	private static UsageException notOurs(String text) {
		String shown = text.length() <= 40 ? text : text.substring(0, 40) + "…";
		return new UsageException("--cursor " + shown + " is not a cursor exa-shell gave out (it starts with " + PREFIX
				+ " but does not decode)", "pass a nextCursor from -o json or a resume hint exactly as printed");
	}
}
