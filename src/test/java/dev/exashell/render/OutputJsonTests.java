package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputJsonTests {

	private static final Import FAILED = new Import("imp_1", "import", ImportStatus.FAILED, "csv",
			new Entity("custom", "Series A fintech"), "leads", 1204, Map.of("source", "crm"), "missing_identifier",
			Instant.parse("2026-11-30T01:02:04Z"), "no URL column", Instant.parse("2026-11-30T01:02:03.456Z"),
			Instant.parse("2026-11-30T01:02:04Z"));

	@Test
	void writesAllThirteenFieldsInTheApiOrderWithIsoTimes() {
		assertThat(OutputJson.compact().writeValueAsString(FAILED)).isEqualTo("""
				{"id":"imp_1","object":"import","status":"failed","format":"csv",\
				"entity":{"type":"custom","description":"Series A fintech"},"title":"leads","count":1204,\
				"metadata":{"source":"crm"},"failedReason":"missing_identifier","failedAt":"2026-11-30T01:02:04Z",\
				"failedMessage":"no URL column","createdAt":"2026-11-30T01:02:03.456Z","updatedAt":"2026-11-30T01:02:04Z"}""");
	}

	@Test
	void writesAbsentFieldsAsNull() {
		Import pending = new Import("imp_2", "import", ImportStatus.PENDING, "csv", null, "t", 0, null, null, null,
				null, Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z"));
		assertThat(OutputJson.compact().writeValueAsString(pending)).isEqualTo("""
				{"id":"imp_2","object":"import","status":"pending","format":"csv","entity":null,"title":"t",\
				"count":0,"metadata":{},"failedReason":null,"failedAt":null,"failedMessage":null,\
				"createdAt":"2026-11-30T00:00:00Z","updatedAt":"2026-11-30T00:00:00Z"}""");
	}

	@Test
	void prettyPrintsWithTwoSpacesAndTightEmptyContainers() {
		Map<String, Object> doc = new java.util.LinkedHashMap<>();
		doc.put("data", List.of());
		doc.put("meta", Map.of());
		doc.put("list", List.of(1, Map.of("a", "b")));
		assertThat(OutputJson.pretty().writeValueAsString(doc)).isEqualTo("""
				{
				  "data": [],
				  "meta": {},
				  "list": [
				    1,
				    {
				      "a": "b"
				    }
				  ]
				}""");
	}

	@Test
	void readsWhatItWritesAndIgnoresUnknownFields() {
		String json = OutputJson.compact().writeValueAsString(FAILED);
		String withExtras = json.replace("{\"id\"", "{\"websetId\":\"ws_9\",\"id\"").replace("\"failed\"", "\"canceled\"");
		Import read = OutputJson.mapper().readValue(withExtras, Import.class);
		assertThat(read.status()).isEqualTo(ImportStatus.of("canceled"));
		assertThat(read.entity()).isEqualTo(FAILED.entity());
		assertThat(read.createdAt()).isEqualTo(FAILED.createdAt());
		assertThat(read.metadata()).isEqualTo(FAILED.metadata());
	}
}
