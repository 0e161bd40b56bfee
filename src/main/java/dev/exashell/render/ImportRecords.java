package dev.exashell.render;

import dev.exashell.api.Import;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The flat, raw field sets of an import for TSV and CSV (unescaped; nulls as null). Kept in one
 * place so the list and detail views cannot drift apart.
 */
final class ImportRecords {

	/** CSV columns for list and show: every API field but the constant {@code object}, in API order. */
	static final List<String> CSV_COLUMNS = List.of("id", "status", "format", "entity", "entityDescription", "title",
			"count", "metadata", "failedReason", "failedAt", "failedMessage", "createdAt", "updatedAt");

	private ImportRecords() {
	}

	/**
	 * A list row piped (no header is printed): id, status, title, entity, format, count, createdAt,
	 * failedReason; failedReason came last so earlier positions did not move.
	 */
	static List<String> tsvListRow(Import i) {
		return Arrays.asList(i.id(), status(i), i.title(), entityType(i), i.format(), String.valueOf(i.count()),
				MachineText.iso(i.createdAt()), i.failedReason());
	}

	static List<String> csvRow(Import i) {
		return Arrays.asList(i.id(), status(i), i.format(), entityType(i), entityDescription(i), i.title(),
				String.valueOf(i.count()), OutputJson.compact().writeValueAsString(i.metadata()), i.failedReason(),
				MachineText.iso(i.failedAt()), i.failedMessage(), MachineText.iso(i.createdAt()),
				MachineText.iso(i.updatedAt()));
	}

	/** {@code show} piped: {@code field, value} pairs in API order, metadata expanded to {@code metadata.KEY}. */
	static List<List<String>> detailPairs(Import i) {
		List<List<String>> pairs = new ArrayList<>();
		pairs.add(Arrays.asList("id", i.id()));
		pairs.add(Arrays.asList("object", i.object()));
		pairs.add(Arrays.asList("status", status(i)));
		pairs.add(Arrays.asList("format", i.format()));
		pairs.add(Arrays.asList("entity", entityType(i)));
		pairs.add(Arrays.asList("entity.description", entityDescription(i)));
		pairs.add(Arrays.asList("title", i.title()));
		pairs.add(Arrays.asList("count", String.valueOf(i.count())));
		for (Map.Entry<String, String> entry : i.metadata().entrySet()) {
			pairs.add(Arrays.asList("metadata." + entry.getKey(), entry.getValue()));
		}
		pairs.add(Arrays.asList("failedReason", i.failedReason()));
		pairs.add(Arrays.asList("failedAt", MachineText.iso(i.failedAt())));
		pairs.add(Arrays.asList("failedMessage", i.failedMessage()));
		pairs.add(Arrays.asList("createdAt", MachineText.iso(i.createdAt())));
		pairs.add(Arrays.asList("updatedAt", MachineText.iso(i.updatedAt())));
		return pairs;
	}

	private static String status(Import i) {
		return i.status() == null ? null : i.status().value();
	}

	private static String entityType(Import i) {
		return i.entity() == null ? null : i.entity().type();
	}

	private static String entityDescription(Import i) {
		return i.entity() == null ? null : i.entity().description();
	}
}
