package dev.exashell.api;

import static dev.exashell.api.StubServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.FakeClock;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonGenerator;

/** Reading what the API returns, leniently where it may grow. */
class ImportJsonTests {

	private final StubServer stub = new StubServer();

	private final ExaClient client = TestClients.client(stub, new FakeClock(), HttpTrace.NONE);

	@AfterEach
	void stop() {
		stub.close();
	}

	@Test
	void readsEveryField() {
		stub.enqueue(json(200, """
				{"id":"imp_9","object":"import","status":"failed","format":"csv",
				 "entity":{"type":"custom","description":"Shops"},"title":"T","count":7,"metadata":{"a":"b"},
				 "failedReason":"invalid_format","failedAt":"2026-03-04T05:06:07.089+02:00",
				 "failedMessage":"bad file","createdAt":"2026-03-04T01:02:03Z","updatedAt":"2026-03-04T01:02:04Z"}"""));

		Import imported = client.get("imp_9");

		assertThat(imported).isEqualTo(new Import("imp_9", "import", ImportStatus.FAILED, "csv",
				new Entity("custom", "Shops"), "T", 7, Map.of("a", "b"), "invalid_format",
				Instant.parse("2026-03-04T03:06:07.089Z"), "bad file", Instant.parse("2026-03-04T01:02:03Z"),
				Instant.parse("2026-03-04T01:02:04Z")));
	}

	@ParameterizedTest(name = "count {0} reads as {1}")
	@CsvSource(delimiter = '|', value = { "2.5|2", "-2.5|-2", "1.0|1", "1E+2|100", "1e20|9223372036854775807",
			"-1e20|-9223372036854775808", "1e999999999|9223372036854775807", "9223372036854775807|9223372036854775807",
			"100000000000000000000000|9223372036854775807", "'\"7\"'|7" })
	void readsAnyNumberAsACountWithoutFailing(String count, long expected) {
		stub.enqueue(json(200, "{\"data\":[{\"id\":\"imp_1\",\"status\":\"pending\",\"count\":" + count
				+ "}],\"hasMore\":false,\"nextCursor\":null}"));

		assertThat(client.list(null, 1).data().get(0).count()).isEqualTo(expected);
	}

	@Test
	void eachImportOfAPageKeepsTheObjectItCameFromAndWritesItsNumbersAsSent() {
		String first = "{ \"id\": \"imp_1\", \"count\": 1e20, \"x\": [1.50, -0.0, {\"y\": \"\u00e9\\\"\"}] }";
		String second = "{\"count\":2.5,\"id\":\"imp_2\"}";
		stub.enqueue(json(200, "{\"hasMore\": false, \"data\": [\n  " + first + ",\n  " + second
				+ "\n], \"nextCursor\": null, \"extra\": {\"data\": 1}}"));

		ImportPage page = client.list(null, 2);

		assertThat(page.data()).extracting(i -> i.raw().toString()).containsExactly(first, second);
		assertThat(compact(page.data().get(0))).isEqualTo("{\"id\":\"imp_1\",\"count\":1e20,\"x\":[1.50,-0.0,{\"y\":\"\u00e9\\\"\"}]}");
		assertThat(compact(page.data().get(1))).isEqualTo(second);
	}

	@Test
	void aRawFormIsNotPartOfAnImportsEquality() {
		stub.enqueue(json(200, "{\"id\":\"imp_1\",\"status\":\"pending\",\"unknown\":1}"));
		stub.enqueue(json(200, "{\"status\":\"pending\",\"id\":\"imp_1\"}"));

		Import one = client.get("imp_1");
		Import other = client.get("imp_1");

		assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
		assertThat(one.raw().toString()).isNotEqualTo(other.raw().toString());
	}

	private static String compact(Import item) {
		StringWriter text = new StringWriter();
		try (JsonGenerator out = ClientJson.mapper().createGenerator(text)) {
			item.raw().writeTo(out);
		}
		return text.toString();
	}

	@Test
	void keepsAnUnknownStatusVerbatimAndIgnoresUnknownFields() {
		stub.enqueue(json(200, "{\"id\":\"imp_1\",\"status\":\"canceled\",\"size\":12,\"csv\":{\"x\":1},"
				+ "\"brandNew\":[1,2,{\"deep\":true}]}"));

		Import imported = client.get("imp_1");

		assertThat(imported.status().value()).isEqualTo("canceled");
		assertThat(imported.status().isKnown()).isFalse();
	}

	@Test
	void toleratesNullsAndMissingFields() {
		stub.enqueue(json(200, "{\"id\":\"imp_1\",\"status\":null,\"entity\":null,\"count\":null,"
				+ "\"metadata\":null,\"failedAt\":null,\"createdAt\":null}"));

		Import imported = client.get("imp_1");

		assertThat(imported.status()).isNull();
		assertThat(imported.entity()).isNull();
		assertThat(imported.count()).isZero();
		assertThat(imported.metadata()).isEmpty();
		assertThat(imported.createdAt()).isNull();
		assertThat(imported.title()).isNull();
	}

	@Test
	void readsAPageWithNullsAsTheLastPage() {
		stub.enqueue(json(200, "{\"data\":null,\"hasMore\":null,\"nextCursor\":null}"));

		ImportPage page = client.list(null, null);

		assertThat(page.data()).isEmpty();
		assertThat(page.isLast()).isTrue();
	}

	@Test
	void createdImportIsFlatOnTheWireBothWays() {
		stub.enqueue(json(201, TestClients.CREATED_JSON));

		CreatedImport created = client.create(new CreateImportRequest("csv", Entity.of("company"), 1, 1, null,
				null, null));

		assertThat(created.importItem().status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(created.importItem().metadata()).containsEntry("k", "v");
		assertThat(created.uploadValidUntil()).isEqualTo("2026-01-01T01:00:00Z");
		String written = ClientJson.mapper().writeValueAsString(created);
		assertThat(written).startsWith("{\"id\":\"imp_1\",").contains("\"uploadUrl\":\"https://up.example/u?sig=1\"")
			.doesNotContain("importItem");
		assertThat(ClientJson.mapper().readValue(written, CreatedImport.class)).isEqualTo(created);
	}
}
