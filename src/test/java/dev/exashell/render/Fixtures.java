package dev.exashell.render;

import static dev.exashell.testing.TestTime.NOW;

import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Imports for renderer tests, all timed against one fixed {@code NOW}. */
final class Fixtures {

	private Fixtures() {
	}

	/** A csv import of {@code entityType} created {@code age} before {@code NOW}, updated 30 s later. */
	static Import imp(String id, String status, String title, String entityType, long count, Duration age) {
		Instant created = NOW.minus(age);
		return new Import(id, "import", ImportStatus.of(status), "csv", entityType == null ? null : Entity.of(entityType),
				title, count, Map.of(), null, null, null, created, created.plusSeconds(30));
	}

	static Import imp(String id, String status, String title) {
		return imp(id, status, title, "company", 1204, Duration.ofMinutes(3));
	}

	static Import withEntity(Import i, Entity entity) {
		return new Import(i.id(), i.object(), i.status(), i.format(), entity, i.title(), i.count(), i.metadata(),
				i.failedReason(), i.failedAt(), i.failedMessage(), i.createdAt(), i.updatedAt());
	}

	static Import withMetadata(Import i, String... keyValues) {
		Map<String, String> metadata = new LinkedHashMap<>();
		for (int k = 0; k < keyValues.length; k += 2) {
			metadata.put(keyValues[k], keyValues[k + 1]);
		}
		return new Import(i.id(), i.object(), i.status(), i.format(), i.entity(), i.title(), i.count(), metadata,
				i.failedReason(), i.failedAt(), i.failedMessage(), i.createdAt(), i.updatedAt());
	}

	/** A failed import: {@code reason} and {@code message} set, failed when it was last updated. */
	static Import failed(String id, String title, String reason, String message) {
		Import i = imp(id, "failed", title, "company", 0, Duration.ofMinutes(3));
		return new Import(i.id(), i.object(), i.status(), i.format(), i.entity(), i.title(), i.count(), i.metadata(),
				reason, i.updatedAt(), message, i.createdAt(), i.updatedAt());
	}

	/**
	 * One of each status (canceled is unknown to the client), a custom and a null entity, a long
	 * title, a CJK title, and a title with a tab, quotes, a comma and a newline.
	 */
	static List<Import> mixedPage() {
		return List.of(imp("imp_a1b2c3", "completed", "Q3 leads", "company", 1204, Duration.ofMinutes(3)),
				imp("imp_d4e5f6", "failed", "broken.csv", "person", 0, Duration.ofHours(2)),
				withEntity(imp("imp_g7h8i9", "processing", "Series A fintech startups in Europe and North America",
						"custom", 12345, Duration.ofSeconds(45)), new Entity("custom", "Series A fintech")),
				imp("imp_j0k1l2", "pending", "日本語のタイトル", "research_paper", 7, Duration.ofHours(30)),
				imp("imp_m3n4o5", "canceled", "tab\there, \"quoted\"\nline2", null, 1, Duration.ofDays(95)));
	}
}
