package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.cli.EditDistance;
import dev.exashell.cli.UsageException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Parses {@code --status pending,failed} (case-insensitive; unknown values kept verbatim, with a
 * warning: the API may add statuses, but a typo would scan every page for nothing) and matches imports.
 */
public final class StatusFilter {

	private StatusFilter() {
	}

	/** As {@link #parse(String)}, warning on {@code err} about each status the client does not know (the filter keeps it). */
	public static Set<String> parse(String text, PrintWriter err) {
		Set<String> statuses = parse(text);
		List<String> known = Statuses.KNOWN;
		for (String status : statuses) {
			if (!known.contains(status)) {
				String near = EditDistance.nearest(status, known).map(n -> "; did you mean '" + n + "'?").orElse("");
				err.print("warning: unknown status '" + status.replaceAll("\\p{Cntrl}", "?") + "' (known: " + String.join(", ", known)
						+ near + ")\n");
			}
		}
		err.flush();
		return statuses;
	}

	public static Set<String> parse(String text) {
		Set<String> statuses = new LinkedHashSet<>();
		Arrays.stream(text.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
			.forEach(statuses::add);
		if (statuses.isEmpty()) {
			throw new UsageException("--status needs at least one status",
					"for example --status failed or --status pending,processing");
		}
		return statuses;
	}

	public static boolean matches(Set<String> statuses, Import item) {
		return statuses.isEmpty() || statuses.contains(item.status().value());
	}
}
