package dev.exashell.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One Import as the API returns it (spec schema {@code Import}, 13 fields). Unknown JSON fields
 * are ignored here; {@code status} is kept verbatim so values the client has never seen still show.
 * {@code count} is read leniently ({@link LenientCount}). {@code raw} is the object exactly as the
 * API sent it, unknown fields and number forms included, for {@code -o json}; it is null for an
 * import built in code, and equality ignores it.
 */
public record Import(
		String id,
		String object,
		ImportStatus status,
		String format,
		Entity entity,
		String title,
		@JsonDeserialize(using = LenientCount.class) long count,
		Map<String, String> metadata,
		String failedReason,
		Instant failedAt,
		String failedMessage,
		Instant createdAt,
		Instant updatedAt,
		@JsonIgnore RawJson raw) {

	public Import {
		metadata = metadata == null ? Map.of() : metadata;
	}

	/** An import built in code, with no raw form. */
	public Import(String id, String object, ImportStatus status, String format, Entity entity, String title, long count,
			Map<String, String> metadata, String failedReason, Instant failedAt, String failedMessage,
			Instant createdAt, Instant updatedAt) {
		this(id, object, status, format, entity, title, count, metadata, failedReason, failedAt, failedMessage,
				createdAt, updatedAt, null);
	}

	/** This import with the object it was read from. */
	Import withRaw(RawJson raw) {
		return new Import(id, object, status, format, entity, title, count, metadata, failedReason, failedAt,
				failedMessage, createdAt, updatedAt, raw);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Import i && Objects.equals(id, i.id) && Objects.equals(object, i.object)
				&& Objects.equals(status, i.status) && Objects.equals(format, i.format)
				&& Objects.equals(entity, i.entity) && Objects.equals(title, i.title) && count == i.count
				&& metadata.equals(i.metadata) && Objects.equals(failedReason, i.failedReason)
				&& Objects.equals(failedAt, i.failedAt) && Objects.equals(failedMessage, i.failedMessage)
				&& Objects.equals(createdAt, i.createdAt) && Objects.equals(updatedAt, i.updatedAt);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, object, status, format, entity, title, count, metadata, failedReason, failedAt,
				failedMessage, createdAt, updatedAt);
	}
}
