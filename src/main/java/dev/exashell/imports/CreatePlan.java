package dev.exashell.imports;

import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.CreateImportRequest.CsvOptions;
import dev.exashell.api.Entity;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.UsageException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code create} will send, worked out and checked before any request: the options first
 * (entity, description, metadata, identifier), then the file ({@link CsvFile}). {@code size} is the
 * file's byte length and {@code count} its data rows.
 */
record CreatePlan(CsvFile file, CreateImportRequest request) {

	static final List<String> ENTITIES = List.of("company", "person", "article", "research_paper", "custom");

	static CreatePlan of(Invocation in) {
		String type = in.get(CreateCommand.ENTITY).map(t -> t.strip().toLowerCase(Locale.ROOT)).orElseThrow(() ->
				new UsageException("create needs --entity", "one of: " + String.join(", ", ENTITIES)));
		if (!ENTITIES.contains(type)) {
			throw new UsageException("unknown entity type '" + type + "'", "one of: " + String.join(", ", ENTITIES));
		}
		String description = in.get(CreateCommand.DESCRIPTION).orElse(null);
		if (type.equals("custom")) {
			checkDescription(description);
		}
		else if (description != null) {
			throw new UsageException("--description is only for --entity custom", "drop it, or use --entity custom");
		}
		Map<String, String> metadata = MetadataOption.of(in);
		Integer identifier = in.get(CreateCommand.IDENTIFIER).orElse(null);
		if (identifier != null && identifier < 0) {
			throw new UsageException("--identifier must be 0 or more, got " + identifier, "count columns from 0");
		}
		if (!in.has(CreateCommand.WAIT) && in.has(CreateCommand.TIMEOUT)) {
			throw new UsageException("--timeout only applies with --wait", "add --wait, or drop --timeout");
		}
		CsvFile file = CsvFile.check(in.args().get(0));
		if (identifier != null) {
			file.checkIdentifier(identifier);
		}
		CreateImportRequest request = new CreateImportRequest("csv", new Entity(type, description), file.size(),
				file.dataRows(), in.get(CreateCommand.TITLE).orElse(null), metadata,
				identifier == null ? null : new CsvOptions(identifier));
		return new CreatePlan(file, request);
	}

	/**
	 * 2 to 200 characters (code points, as the API's {@code maxLength} counts them), and at least
	 * 2 of them besides the blanks at either end.
	 */
	private static void checkDescription(String description) {
		String needs = "--entity custom needs a --description of 2 to 200 characters";
		String hint = "say what each row is, e.g. --description 'hospitals in Ohio'";
		if (description == null) {
			throw new UsageException(needs, hint);
		}
		int length = description.codePointCount(0, description.length());
		String stripped = description.strip();
		int strippedLength = stripped.codePointCount(0, stripped.length());
		if (strippedLength < 2) {
			throw new UsageException(needs + ", got " + strippedLength
					+ (strippedLength == length ? "" : " (blanks at either end do not count)"), hint);
		}
		if (length > 200) {
			throw new UsageException(needs + ", got " + length, hint);
		}
	}
}
