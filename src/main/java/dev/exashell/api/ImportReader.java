package dev.exashell.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads imports and pages in one pass over Jackson's token stream, each import keeping the span
 * of bytes it came from ({@link RawJson}). It takes only the shapes the API sends: strings or
 * nulls where the spec has strings, an integer count that fits a long, instants in the API's own
 * UTC form ({@link ApiInstants#parseUtc}); unknown fields are skipped. Anything else (a quoted or
 * fractional count, an offset in a date, a number where a string belongs, a body that is cut off
 * or not JSON) makes it give up and return null, and the caller reads the body with the mapper
 * instead, so results and errors stay exactly the mapper's. Binding records through the mapper
 * costs about three times as much (Jackson builds records through
 * {@code MethodHandle.invokeWithArguments}) and parsed each page twice, once for its raw spans.
 */
final class ImportReader {

	/** The shape is not one this reader takes: the mapper reads the body instead. */
	private static final class Unexpected extends RuntimeException {

		private static final Unexpected INSTANCE = new Unexpected();

		private Unexpected() {
			super(null, null, false, false);
		}
	}

	private final byte[] body;

	private final JsonParser parser;

	private ImportReader(byte[] body, JsonParser parser) {
		this.body = body;
		this.parser = parser;
	}

	/** The page, or null when the mapper must read it. */
	static ImportPage page(byte[] body) {
		try (JsonParser parser = ClientJson.TOKENS.createParser(body)) {
			return new ImportReader(body, parser).page();
		}
		catch (Unexpected | JacksonException e) {
			return null;
		}
	}

	/** The body as one import, or null when the mapper must read it. */
	static Import single(byte[] body) {
		try (JsonParser parser = ClientJson.TOKENS.createParser(body)) {
			ImportReader reader = new ImportReader(body, parser);
			expect(parser.nextToken() == JsonToken.START_OBJECT);
			Import item = reader.importObject(-1);
			expect(parser.nextToken() == null);
			return item;
		}
		catch (Unexpected | JacksonException e) {
			return null;
		}
	}

	private ImportPage page() {
		expect(parser.nextToken() == JsonToken.START_OBJECT);
		List<Import> data = null;
		boolean hasMore = false;
		String nextCursor = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "data" -> data = value == JsonToken.VALUE_NULL ? null : items();
				case "hasMore" -> {
					expect(value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE || value == JsonToken.VALUE_NULL);
					hasMore = value == JsonToken.VALUE_TRUE;
				}
				case "nextCursor" -> nextCursor = text(value);
				default -> parser.skipChildren();
			}
		}
		expect(parser.hasToken(JsonToken.END_OBJECT) && parser.nextToken() == null);
		return new ImportPage(data, hasMore, nextCursor);
	}

	private List<Import> items() {
		expect(parser.hasToken(JsonToken.START_ARRAY));
		List<Import> items = new ArrayList<>();
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			items.add(importObject(parser.currentTokenLocation().getByteOffset()));
		}
		expect(parser.hasToken(JsonToken.END_ARRAY));
		return items;
	}

	/**
	 * The import whose START_OBJECT is the current token, at byte {@code start} of the body (-1: the
	 * import is the whole body); leaves the parser on its END_OBJECT.
	 */
	private Import importObject(long start) {
		String id = null, object = null, format = null, title = null, failedReason = null, failedMessage = null;
		ImportStatus status = null;
		Entity entity = null;
		long count = 0;
		Map<String, String> metadata = null;
		Instant failedAt = null, createdAt = null, updatedAt = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (name) {
				case "id" -> id = text(value);
				case "object" -> object = text(value);
				case "status" -> status = status(text(value));
				case "format" -> format = text(value);
				case "entity" -> entity = entity(value);
				case "title" -> title = text(value);
				case "count" -> count = count(value);
				case "metadata" -> metadata = metadata(value);
				case "failedReason" -> failedReason = text(value);
				case "failedAt" -> failedAt = instant(text(value));
				case "failedMessage" -> failedMessage = text(value);
				case "createdAt" -> createdAt = instant(text(value));
				case "updatedAt" -> updatedAt = instant(text(value));
				default -> parser.skipChildren();
			}
		}
		expect(parser.hasToken(JsonToken.END_OBJECT));
		RawJson raw = start < 0 ? RawJson.whole(body)
				: RawJson.span(body, (int) start, (int) (parser.currentTokenLocation().getByteOffset() + 1 - start));
		return new Import(id, object, status, format, entity, title, count, metadata, failedReason, failedAt,
				failedMessage, createdAt, updatedAt, raw);
	}

	private String text(JsonToken value) {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		expect(value == JsonToken.VALUE_STRING);
		return parser.getString();
	}

	private static ImportStatus status(String text) {
		if (text == null) {
			return null;
		}
		expect(!text.isBlank());
		return ImportStatus.of(text);
	}

	private long count(JsonToken value) {
		if (value == JsonToken.VALUE_NULL) {
			return 0;
		}
		expect(value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
		return parser.getLongValue();
	}

	private Entity entity(JsonToken value) {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		expect(value == JsonToken.START_OBJECT);
		String type = null, description = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken field = parser.nextToken();
			switch (name) {
				case "type" -> type = text(field);
				case "description" -> description = text(field);
				default -> parser.skipChildren();
			}
		}
		return new Entity(type, description);
	}

	private Map<String, String> metadata(JsonToken value) {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		expect(value == JsonToken.START_OBJECT);
		Map<String, String> metadata = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			metadata.put(name, text(parser.nextToken()));
		}
		return metadata;
	}

	private static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		Instant instant = ApiInstants.parseUtc(text);
		expect(instant != null);
		return instant;
	}

	private static void expect(boolean condition) {
		if (!condition) {
			throw Unexpected.INSTANCE;
		}
	}
}
