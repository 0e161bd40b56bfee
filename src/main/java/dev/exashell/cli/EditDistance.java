package dev.exashell.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Damerau-style edit distance (insert, delete, substitute, swap neighbours) for "did you mean". */
public final class EditDistance {

	private EditDistance() {
	}

	/**
	 * The name closest to {@code typed}, if close enough to suggest: within one edit per three
	 * letters (at least one), or starting with what was typed. Names of one letter (aliases such as
	 * {@code n}) and blank input are never suggested: nearly anything is one edit from them.
	 */
	public static Optional<String> nearest(String typed, Collection<String> names) {
		if (typed.isBlank()) {
			return Optional.empty();
		}
		return names.stream()
			.filter(name -> name.length() >= 2)
			.min(Comparator.comparingInt(name -> between(typed, name)))
			.filter(name -> between(typed, name) <= Math.max(1, typed.length() / 3) || name.startsWith(typed));
	}

	static int between(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
