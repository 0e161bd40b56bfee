package dev.exashell.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire shapes, written field by field in the spec's order so every Import carries all 13
 * fields (explicit nulls included). Times are UTC with milliseconds: {@code 2026-11-30T08:15:00.000Z}.
 */
final class SandboxJson {

	static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private SandboxJson() {
	}

	static String time(Instant instant) {
		return TIME.format(instant);
	}

	static ObjectNode importNode(StoredImport item, Instant now) {
		String status = item.status(now);
		boolean failed = status.equals("failed");
		ObjectNode node = MAPPER.createObjectNode();
		node.put("id", item.id());
		node.put("object", "import");
		node.put("status", status);
		node.put("format", item.format());
		if (item.entity() == null) {
			node.putNull("entity");
		}
		else {
			ObjectNode entity = node.putObject("entity");
			entity.put("type", item.entity().type());
			if (item.entity().description() != null) {
				entity.put("description", item.entity().description());
			}
		}
		node.put("title", item.title());
		node.put("count", item.finished(now) ? item.outcome().count() : item.declaredCount());
		ObjectNode metadata = node.putObject("metadata");
		item.metadata().forEach(metadata::put);
		putNullable(node, "failedReason", failed ? item.outcome().failedReason() : null);
		putNullable(node, "failedAt", failed ? time(item.finishAt()) : null);
		putNullable(node, "failedMessage", failed ? item.outcome().failedMessage() : null);
		node.put("createdAt", time(item.createdAt()));
		node.put("updatedAt", time(item.updatedAt(now)));
		return node;
	}

	static ObjectNode createdNode(StoredImport item, Instant now, String uploadUrl) {
		ObjectNode node = importNode(item, now);
		node.put("uploadUrl", uploadUrl);
		node.put("uploadValidUntil", time(item.uploadValidUntil()));
		return node;
	}

	static ObjectNode pageNode(List<StoredImport> items, Instant now, String nextCursor) {
		ObjectNode node = MAPPER.createObjectNode();
		ArrayNode data = node.putArray("data");
		for (StoredImport item : items) {
			data.add(importNode(item, now));
		}
		node.put("hasMore", nextCursor != null);
		putNullable(node, "nextCursor", nextCursor);
		return node;
	}

	/** {@code {"error":{"type","code","message","detail"},"requestId"}}, the envelope exa-js reads. */
	static ObjectNode errorNode(ApiError error, String requestId) {
		ObjectNode node = MAPPER.createObjectNode();
		ObjectNode body = node.putObject("error");
		body.put("type", error.type());
		body.put("code", error.code());
		body.put("message", error.getMessage());
		if (error.detail().isEmpty()) {
			body.putNull("detail");
		}
		else {
			ObjectNode detail = body.putObject("detail");
			for (Map.Entry<String, String> entry : error.detail().entrySet()) {
				detail.put(entry.getKey(), entry.getValue());
			}
		}
		node.put("requestId", requestId);
		return node;
	}

	static byte[] bytes(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

	private static void putNullable(ObjectNode node, String field, String value) {
		if (value == null) {
			node.putNull(field);
		}
		else {
			node.put(field, value);
		}
	}
}
