package dev.exashell.session;

/**
 * Where a page starts: an API cursor (null = the very first page) and how many imports of that
 * API page to skip. The skip is only non-zero after a filtered scan that stopped mid-page, so
 * that {@code next} resumes exactly after the last match shown.
 */
public record Position(String cursor, int skip) {

	public static final Position START = new Position(null, 0);

	public static Position at(String cursor) {
		return new Position(cursor, 0);
	}
}
