package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass reader reads what the mapper reads, or leaves the body to the mapper. */
class ImportReaderTests {

	private static final String FULL = """
			{"id":"imp_9","object":"import","status":"FAILED","format":"csv","unknown":{"a":[1,{"b":null}]},
			 "entity":{"type":"custom","description":"Shops","extra":[1]},"title":"T \\"q\\" \\u00e9","count":7,
			 "metadata":{"a":"b","n":null},"failedReason":"invalid_format","failedAt":"2026-03-04T05:06:07.089Z",
			 "failedMessage":"bad file","createdAt":"2026-03-04T01:02:03Z","updatedAt":"2026-03-04T01:02:04.123456789Z"}""";

	private static final String SPARSE = "{\"id\":\"imp_1\",\"status\":null,\"entity\":null,\"count\":null,"
			+ "\"metadata\":null,\"failedAt\":null,\"createdAt\":null}";

	@Test
	void readsAPageAsTheMapperDoesKeepingEachObjectAsSent() {
		byte[] body = ("{\"hasMore\": true, \"extra\": {\"data\": 1}, \"data\": [\n  " + FULL + ",\n  " + SPARSE
				+ ", {}\n], \"nextCursor\": \"c2\"}").getBytes();

		ImportPage streamed = ImportReader.page(body);

		ImportPage mapped = ClientJson.mapper().readValue(body, ImportPage.class);
		assertThat(streamed).isEqualTo(mapped);
		assertThat(streamed.data()).extracting(i -> i.raw().toString())
			.containsExactlyElementsOf(RawJson.pageItems(body).stream().map(RawJson::toString).toList());
		assertThat(streamed.data().get(0).metadata()).containsExactly(entry("a", "b"), entry("n", null));
	}

	@Test
	void readsAnImportAsTheMapperDoes() {
		byte[] body = FULL.getBytes();

		Import streamed = ImportReader.single(body);

		assertThat(streamed).isEqualTo(ClientJson.mapper().readValue(body, Import.class));
		assertThat(streamed.raw().toString()).isEqualTo(FULL);
	}

	@Test
	void readsAPageOfNullsAsTheMapperDoes() {
		byte[] body = "{\"data\":null,\"hasMore\":null,\"nextCursor\":null}".getBytes();

		assertThat(ImportReader.page(body)).isEqualTo(new ImportPage(List.of(), false, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"count\":\"7\"}", "{\"count\":2.5}", "{\"count\":1e20}",
			"{\"count\":100000000000000000000000}", "{\"createdAt\":\"2026-03-04T05:06:07+02:00\"}",
			"{\"createdAt\":1700000000}", "{\"id\":12}", "{\"status\":\" \"}", "{\"entity\":\"company\"}",
			"{\"metadata\":{\"a\":1}}", "{\"metadata\":[]}", "{\"id\":\"imp_1\"", "null", "[]" })
	void leavesOtherShapesToTheMapper(String item) {
		assertThat(ImportReader.single(item.getBytes())).isNull();
		assertThat(ImportReader.page(("{\"data\":[" + item + "],\"hasMore\":false}").getBytes())).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"data\":{}}", "{\"data\":[null]}", "{\"hasMore\":\"yes\"}", "{\"nextCursor\":1}",
			"{\"data\":[]", "null", "", "{\"data\":[]} x" })
	void leavesOtherPagesToTheMapper(String page) {
		assertThat(ImportReader.page(page.getBytes())).isNull();
	}

	private static java.util.Map.Entry<String, String> entry(String key, String value) {
		return new java.util.AbstractMap.SimpleEntry<>(key, value);
	}
}
