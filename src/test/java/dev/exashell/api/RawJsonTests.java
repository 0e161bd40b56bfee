package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonGenerator;

/** An object as received, printed as it came only when that is what copying it would write. */
class RawJsonTests {

	@ParameterizedTest
	@ValueSource(strings = { "{\"id\":\"imp_1\",\"count\":1e20,\"x\":[1.50,-0.0,{\"y\":null}],\"t\":\"a b, c: d\"}",
			"{\"title\":\"caf\u00e9 \u2028 \ud83d\ude00\",\"n\":true}", "{}" })
	void aCompactObjectIsItsOwnCompactText(String object) {
		RawJson raw = RawJson.whole(object.getBytes(StandardCharsets.UTF_8));

		assertThat(raw.compactText()).isEqualTo(object).isEqualTo(copied(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ \"id\": \"imp_1\" }", "{\"id\":\"imp_1\"}\n", "{\"t\":\"a\\\"b\"}",
			"{\"t\":\"\\u00e9\"}", "{\"t\":\"a\\/b\"}", "{\"t\":\"a/b\"}", "{\"a\":[1, 2]}" })
	void anyOtherObjectIsCopiedTokenByToken(String object) {
		assertThat(RawJson.whole(object.getBytes(StandardCharsets.UTF_8)).compactText()).isNull();
	}

	@Test
	void bytesThatAreNotUtf8AreNeverPrintedAsTheyCame() {
		byte[] body = { '{', '"', 't', '"', ':', '"', (byte) 0xc3, '"', '}' };

		assertThat(RawJson.whole(body).compactText()).isNull();
	}

	@Test
	void oneDecoderAndBufferServeManyObjectsAndATooSmallBufferIsRefused() {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
		CharBuffer chars = CharBuffer.allocate(32);
		byte[] broken = { '{', '"', 't', '"', ':', '"', (byte) 0xe6, (byte) 0x97, '"', '}' };

		assertThat(RawJson.whole("{\"t\":\"\u65e5\u672c\"}".getBytes(StandardCharsets.UTF_8)).compactTextInto(utf8, chars))
			.isTrue();
		assertThat(chars.toString()).isEqualTo("{\"t\":\"\u65e5\u672c\"}");
		assertThat(RawJson.whole(broken).compactTextInto(utf8, chars)).isFalse();
		assertThat(RawJson.whole("{\"n\":1}".getBytes(StandardCharsets.UTF_8)).compactTextInto(utf8, chars)).isTrue();
		assertThat(chars.toString()).isEqualTo("{\"n\":1}");
		assertThat(RawJson.whole(("{\"t\":\"" + "x".repeat(30) + "\"}").getBytes(StandardCharsets.UTF_8))
			.compactTextInto(utf8, chars)).isFalse();
	}

	private static String copied(RawJson raw) {
		StringWriter text = new StringWriter();
		try (JsonGenerator out = ClientJson.mapper().createGenerator(text)) {
			raw.writeTo(out);
		}
		return text.toString();
	}
}
