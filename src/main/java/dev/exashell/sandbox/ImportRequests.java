package dev.exashell.sandbox;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and validates the JSON bodies of create and update. The first problem found is a 400
 * whose message names the field ({@code detail.field} too). Unknown fields are ignored; a JSON
 * {@code null} for an optional field counts as absent on create.
 */
final class ImportRequests {

	static final long MAX_SIZE = 50_000_000L;
	static final int MAX_METADATA_VALUE = 1000;

	record Create(ImportEntity entity, long size, long count, String title, Map<String, String> metadata,
			Integer csvIdentifier) {
	}

	/** {@code null} title or metadata = leave unchanged. */
	record Update(String title, Map<String, String> metadata) {
	}

	private ImportRequests() {
	}

	static Create create(byte[] body) {
		JsonNode root = object(body);
		long size = wholeNumber(root, "size", MAX_SIZE);
		long count = wholeNumber(root, "count", Long.MAX_VALUE);
		JsonNode format = root.get("format");
		if (format == null || format.isNull()) {
			throw ApiError.invalidField("format", "format is required");
		}
		if (!format.isString() || !format.stringValue().equals("csv")) {
			throw ApiError.invalidField("format", "format must be \"csv\"");
		}
		ImportEntity entity = entity(root.get("entity"));
		String title = optionalString(root, "title");
		JsonNode metadata = root.get("metadata");
		Map<String, String> meta = metadata == null || metadata.isNull() ? Map.of() : metadata(metadata);
		return new Create(entity, size, count, title == null ? "" : title, meta, csvIdentifier(root.get("csv")));
	}

	static Update update(byte[] body) {
		JsonNode root = object(body);
		String title = null;
		if (root.has("title")) {
			JsonNode node = root.get("title");
			if (!node.isString()) {
				throw ApiError.invalidField("title", "title must be a string");
			}
			title = node.stringValue();
		}
		Map<String, String> metadata = root.has("metadata") ? metadata(root.get("metadata")) : null;
		return new Update(title, metadata);
	}

	private static JsonNode object(byte[] body) {
		JsonNode root;
		try {
			root = SandboxJson.MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiError.invalid("INVALID_JSON", "Request body is not valid JSON");
		}
		if (root == null || root.isMissingNode()) {
			throw ApiError.invalid("INVALID_JSON", "Request body is empty; a JSON object is required");
		}
		if (!root.isObject()) {
			throw ApiError.invalid("INVALID_JSON", "Request body must be a JSON object");
		}
		return root;
	}

	private static long wholeNumber(JsonNode root, String field, long max) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			throw ApiError.invalidField(field, field + " is required");
		}
		if (!node.isNumber()) {
			throw ApiError.invalidField(field, field + " must be a number");
		}
		BigDecimal value;
		try {
			value = node.decimalValue();
		}
		catch (RuntimeException ex) {
			throw ApiError.invalidField(field, field + " must be a finite number");
		}
		if (value.signum() < 0) {
			throw ApiError.invalidField(field, field + " must not be negative, got " + value.toPlainString());
		}
		if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
			throw ApiError.invalidField(field, field + " must be at most " + max + ", got " + value.toPlainString());
		}
		if (value.stripTrailingZeros().scale() > 0) {
			throw ApiError.invalidField(field, field + " must be a whole number, got " + value.toPlainString());
		}
		return value.longValueExact();
	}

	private static ImportEntity entity(JsonNode node) {
		if (node == null || node.isNull()) {
			throw ApiError.invalidField("entity", "entity is required");
		}
		if (!node.isObject()) {
			throw ApiError.invalidField("entity", "entity must be an object with a type");
		}
		JsonNode type = node.get("type");
		if (type == null || type.isNull()) {
			throw ApiError.invalidField("entity.type", "entity.type is required");
		}
		if (!type.isString() || !ImportEntity.TYPES.contains(type.stringValue())) {
			throw ApiError.invalidField("entity.type", "entity.type must be one of " + String.join(", ", ImportEntity.TYPES));
		}
		if (!type.stringValue().equals("custom")) {
			return ImportEntity.of(type.stringValue());
		}
		JsonNode description = node.get("description");
		int length = description != null && description.isString()
				? description.stringValue().codePointCount(0, description.stringValue().length()) : -1;
		if (length < 2 || length > 200) {
			throw ApiError.invalidField("entity.description",
					"entity.description must be a string of 2 to 200 characters for a custom entity");
		}
		return ImportEntity.custom(description.stringValue());
	}

	private static String optionalString(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw ApiError.invalidField(field, field + " must be a string");
		}
		return node.stringValue();
	}

	private static Map<String, String> metadata(JsonNode node) {
		if (!node.isObject()) {
			throw ApiError.invalidField("metadata", "metadata must be an object of string values");
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String field = "metadata." + entry.getKey();
			if (!entry.getValue().isString()) {
				throw ApiError.invalidField(field, field + " must be a string");
			}
			String value = entry.getValue().stringValue();
			if (value.codePointCount(0, value.length()) > MAX_METADATA_VALUE) {
				throw ApiError.invalidField(field, field + " must be at most " + MAX_METADATA_VALUE + " characters");
			}
			metadata.put(entry.getKey(), value);
		}
		return metadata;
	}

	private static Integer csvIdentifier(JsonNode csv) {
		if (csv == null || csv.isNull()) {
			return null;
		}
		JsonNode identifier = csv.isObject() ? csv.get("identifier") : null;
		if (csv.isObject() && (identifier == null || identifier.isNull())) {
			return null;
		}
		if (identifier == null || !identifier.isIntegralNumber() || !identifier.canConvertToInt() || identifier.intValue() < 0) {
			throw ApiError.invalidField("csv.identifier", "csv.identifier must be a non-negative integer column index");
		}
		return identifier.intValue();
	}
}
