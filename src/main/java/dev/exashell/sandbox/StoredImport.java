package dev.exashell.sandbox;

import java.time.Instant;
import java.util.Map;

/**
 * One import as the sandbox keeps it: immutable, replaced on every change. Status is not stored
 * but derived from the clock: {@code pending} until {@code processingAt} (null = waiting for the
 * upload), {@code processing} until {@code finishAt}, then the {@code outcome}.
 *
 * @param declaredCount the {@code count} sent on create, shown until processing finishes
 * @param editedAt when title or metadata were last changed by PATCH (null = never)
 * @param uploadToken the secret in the upload URL (null for seeded imports: nothing to upload)
 * @param csvIdentifier the create request's {@code csv.identifier} column, or null to infer
 */
record StoredImport(String id, String format, ImportEntity entity, String title, Map<String, String> metadata,
		Instant createdAt, long declaredCount, Instant editedAt, Instant processingAt, Instant finishAt,
		Outcome outcome, String uploadToken, Instant uploadValidUntil, Integer csvIdentifier) {

	StoredImport {
		metadata = Map.copyOf(metadata);
	}

	String status(Instant now) {
		if (processingAt == null || now.isBefore(processingAt)) {
			return "pending";
		}
		if (now.isBefore(finishAt)) {
			return "processing";
		}
		return outcome.failed() ? "failed" : "completed";
	}

	/** The latest of creation, PATCH and every status transition that has happened by {@code now}. */
	Instant updatedAt(Instant now) {
		Instant latest = createdAt;
		if (editedAt != null && editedAt.isAfter(latest)) {
			latest = editedAt;
		}
		if (processingAt != null && !now.isBefore(processingAt) && processingAt.isAfter(latest)) {
			latest = processingAt;
		}
		if (finishAt != null && !now.isBefore(finishAt) && finishAt.isAfter(latest)) {
			latest = finishAt;
		}
		return latest;
	}

	boolean finished(Instant now) {
		return finishAt != null && !now.isBefore(finishAt);
	}

	StoredImport edited(String newTitle, Map<String, String> newMetadata, Instant now) {
		return new StoredImport(id, format, entity, newTitle, newMetadata, createdAt, declaredCount, now, processingAt,
				finishAt, outcome, uploadToken, uploadValidUntil, csvIdentifier);
	}

	StoredImport uploaded(Outcome result, Instant now, Instant done) {
		return new StoredImport(id, format, entity, title, metadata, createdAt, declaredCount, editedAt, now, done,
				result, uploadToken, uploadValidUntil, csvIdentifier);
	}
}
