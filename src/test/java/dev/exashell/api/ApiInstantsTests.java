package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class ApiInstantsTests {

	private static final JsonMapper PLAIN = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-30T12:00:00.000Z", "2026-11-30T12:00:00Z", "2026-11-30T23:59:59.999999999Z",
			"1970-01-01T00:00:00.5Z", "2024-02-29T01:02:03.04Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.123456Z" })
	void theApisUtcFormIsReadDirectlyAndAsInstantParseReadsIt(String text) {
		assertThat(ApiInstants.parseUtc(text)).isEqualTo(Instant.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-30T12:00:00.000+02:00", "2026-11-30T12:00:00", "2026-11-30 12:00:00Z",
			"2026-11-30T12:00Z", "2026-11-30T12:00:00.Z", "2026-11-30T12:00:00.1234567890Z", "2026-13-01T00:00:00Z",
			"2025-02-29T00:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T12:60:00Z", "2026-11-30T12:00:60Z",
			"+2026-11-30T12:00:00Z", "2026-1a-30T12:00:00Z", "" })
	void anythingElseIsLeftToJackson(String text) {
		assertThat(ApiInstants.parseUtc(text)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"2026-11-30T12:00:00.000Z\"", "\"2026-03-04T05:06:07.089+02:00\"", "\"2026-03-04T05:06:07+0200\"",
			"1796000000", "1796000000.5", "\"1796000000\"" })
	void theClientsMapperReadsWhatJacksonReads(String json) {
		assertThat(outcome(ClientJson.mapper(), json)).isEqualTo(outcome(PLAIN, json));
	}

	/** The instant, or the failure's type and message: unusual forms must fail exactly as before too. */
	private static String outcome(JsonMapper mapper, String json) {
		try {
			return String.valueOf(mapper.readValue(json, Instant.class));
		}
		catch (RuntimeException e) {
			return e.getClass().getName() + ": " + e.getMessage();
		}
	}
}
