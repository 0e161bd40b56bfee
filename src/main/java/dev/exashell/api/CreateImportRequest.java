package dev.exashell.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** Body of {@code POST /v0/imports} (spec {@code CreateImportParameters}, format csv). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateImportRequest(
		String format,
		Entity entity,
		long size,
		long count,
		String title,
		Map<String, String> metadata,
		CsvOptions csv) {

	/** {@code identifier}: zero-based index of the column holding the key identifier (URLs). */
	public record CsvOptions(Integer identifier) {
	}
}
