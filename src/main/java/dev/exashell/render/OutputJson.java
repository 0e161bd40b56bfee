package dev.exashell.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.exashell.api.Import;
import dev.exashell.api.RawJson;
import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON exa-shell prints ({@code -o json}, {@code jsonl}, watch events; the API client reads
 * answers with its own mapper): one configured Jackson 3 mapper, for writing and reading back:
 * <ul>
 * <li>times as ISO-8601 strings, {@code Instant}s in UTC like the API ({@code 2026-11-30T01:02:03.456Z});
 * <li>an {@link Import} always carries all 13 fields in the API's order, nulls written as {@code null};
 * <li>unknown properties are ignored on read, so a newer API never breaks this client;
 * <li>writing never closes the target, so rendering to {@code Io.out} leaves it open.
 * </ul>
 * {@link #pretty()} indents by two spaces with {@code "name": value}, {@code []} and {@code {}} for
 * empty containers and {@code \n} line ends on every platform; {@link #compact()} is one line.
 */
public final class OutputJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.addMixIn(Import.class, ApiImportShape.class)
		.build();

	private static final ObjectWriter COMPACT = MAPPER.writer();

	private static final DefaultIndenter TWO_SPACES = new DefaultIndenter("  ", "\n");

	private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
		.withSeparators(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withObjectEmptySeparator("")
			.withArrayEmptySeparator(""))
		.withObjectIndenter(TWO_SPACES)
		.withArrayIndenter(TWO_SPACES);

	private OutputJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	/** Two-space indented JSON; no trailing newline. */
	public static ObjectWriter pretty() {
		return MAPPER.writer().with(PRETTY);
	}

	/** Single-line JSON; no trailing newline. */
	public static ObjectWriter compact() {
		return COMPACT;
	}

	/**
	 * An import as the API sent it when it was read from the API ({@link Import#raw()}: its fields,
	 * order and number forms), else its 13 fields in the API's order.
	 */
	static void writeImport(JsonGenerator out, Import item) {
		if (item.raw() != null) {
			item.raw().writeTo(out);
		}
		else {
			out.writePOJO(item);
		}
	}

	/**
	 * {@link #writeImport} to a string with {@code writer}'s layout ({@link #pretty()} or {@link #compact()}).
	 * An import received in compact form is that text as it came ({@link RawJson#compactText()}).
	 */
	static String importText(ObjectWriter writer, Import item) {
		if (item.raw() != null && writer == COMPACT) {
			String received = item.raw().compactText();
			if (received != null) {
				return received;
			}
		}
		StringWriter text = new StringWriter();
		try (JsonGenerator out = writer.createGenerator(text)) {
			writeImport(out, item);
		}
		return text.toString();
	}

	/** The API's field order and null handling for {@link Import}, without touching the api package. */
	@JsonPropertyOrder({ "id", "object", "status", "format", "entity", "title", "count", "metadata",
			"failedReason", "failedAt", "failedMessage", "createdAt", "updatedAt" })
	@JsonInclude(JsonInclude.Include.ALWAYS)
	private interface ApiImportShape {

	}
}
