package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriCodecTests {

	@Test
	void segmentsArePercentDecodedAsUtf8AndPlusStaysPlus() {
		assertThat(UriCodec.decodeSegment("a%20b")).isEqualTo("a b");
		assertThat(UriCodec.decodeSegment("a+b")).isEqualTo("a+b");
		assertThat(UriCodec.decodeSegment("caf%C3%A9")).isEqualTo("café");
		assertThat(UriCodec.decodeSegment("a%2Fb")).isEqualTo("a/b");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%zz", "%", "%4", "%C3" })
	void malformedEscapesAre400(String raw) {
		assertThatThrownBy(() -> UriCodec.decodeSegment(raw)).isInstanceOfSatisfying(ApiError.class,
				error -> assertThat(error.status()).isEqualTo(400));
	}

	@Test
	void queriesKeepTheFirstValueAndDecodePlusAsSpace() {
		assertThat(UriCodec.parseQuery("limit=5&cursor=a+b&limit=7&flag")).containsEntry("limit", "5")
			.containsEntry("cursor", "a b")
			.containsEntry("flag", "");
		assertThat(UriCodec.parseQuery(null)).isEmpty();
		assertThat(UriCodec.parseQuery("&&")).isEmpty();
	}
}
