package dev.exashell.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An import's status as a value, not an enum: the API may add states (the newer docs already
 * list {@code canceled}), and an unknown one must be kept and shown verbatim, never an error.
 */
public record ImportStatus(String value) {

	public static final ImportStatus PENDING = new ImportStatus("pending");
	public static final ImportStatus PROCESSING = new ImportStatus("processing");
	public static final ImportStatus COMPLETED = new ImportStatus("completed");
	public static final ImportStatus FAILED = new ImportStatus("failed");

	public ImportStatus {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("status must not be blank");
		}
	}

	@JsonCreator
	public static ImportStatus of(String value) {
		return new ImportStatus(value.toLowerCase(Locale.ROOT));
	}

	/** True while the import can still change on its own (pending or processing). */
	public boolean isActive() {
		return equals(PENDING) || equals(PROCESSING);
	}

	public boolean isKnown() {
		return isActive() || equals(COMPLETED) || equals(FAILED);
	}

	@JsonValue
	@Override
	public String value() {
		return value;
	}

	@Override
	public String toString() {
		return value;
	}
}
