package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.cli.UsageException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Parses {@code --status pending,failed} (case-insensitive; unknown values kept verbatim) and matches imports. */
public final class StatusFilter {

	private StatusFilter() {
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
