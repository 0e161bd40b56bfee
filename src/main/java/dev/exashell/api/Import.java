package dev.exashell.api;

import java.time.Instant;
import java.util.Map;

/**
 * One Import as the API returns it (spec schema {@code Import}, 13 fields). Unknown JSON fields
 * are ignored; {@code status} is kept verbatim so values the client has never seen still show.
 */
public record Import(
		String id,
		String object,
		ImportStatus status,
		String format,
		Entity entity,
		String title,
		long count,
		Map<String, String> metadata,
		String failedReason,
		Instant failedAt,
		String failedMessage,
		Instant createdAt,
		Instant updatedAt) {

	public Import {
		metadata = metadata == null ? Map.of() : metadata;
	}
}
