package dev.exashell.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * The five Imports operations plus the CSV upload. Implementations throw {@link ExaException}
 * subclasses only; ids are always sent as one percent-encoded path segment.
 */
public interface ImportsApi {

	/** {@code GET /v0/imports}; a null (or empty) cursor and a null limit are left out of the query. */
	ImportPage list(String cursor, Integer limit);

	Import get(String id);

	CreatedImport create(CreateImportRequest request);

	Import update(String id, UpdateImportRequest request);

	/** Returns the deleted import. */
	Import delete(String id);

	/** {@code PUT} of the file's bytes to the upload URL with {@code Content-Type: text/csv}, no API key. */
	void upload(String uploadUrl, byte[] csv);

	/** As {@link #upload(String, byte[])} from a file; {@link ExaClient} streams it instead of loading it. */
	default void upload(String uploadUrl, Path csv) {
		try {
			upload(uploadUrl, Files.readAllBytes(csv));
		}
		catch (IOException e) {
			throw new InvalidInputException("cannot read " + csv + ": " + e.getMessage(), e);
		}
	}

	/** As {@link #upload(String, Path)}, telling {@code progress} how many bytes have been sent so far. */
	default void upload(String uploadUrl, Path csv, LongConsumer progress) {
		upload(uploadUrl, csv);
	}
}
