package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonGenerator;

/** An object as received, printed as it came only when that is what copying it would write. */
class RawJsonTests {

	@ParameterizedTest
	@ValueSource(strings = { "{\"id\":\"imp_1\",\"count\":1e20,\"x\":[1.50,-0.0,{\"y\":null}],\"t\":\"a b, c: d\"}",
			"{\"title\":\"caf\u00e9 \u2028 \ud83d\ude00\",\"n\":true}", "{}",
			"{\"t\":\"a\\\"b \\\\ \\b\\f\\n\\r\\t \\\\\",\"u\":\"\\\"\"}", "{\"url\":\"https://example.com/a/b\"}" })
	void aCompactObjectIsItsOwnCompactText(String object) {
		RawJson raw = RawJson.whole(object.getBytes(StandardCharsets.UTF_8));

		assertThat(raw.compactText()).isEqualTo(object).isEqualTo(copied(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{ \"id\": \"imp_1\" }", "{\"id\":\"imp_1\"}\n", "{\"t\":\"\\u00e9\"}",
			"{\"t\":\"\\u0007\"}", "{\"t\":\"a\\/b\"}", "{\"a\":[1, 2]}" })
	void anyOtherObjectIsCopiedTokenByToken(String object) {
		assertThat(RawJson.whole(object.getBytes(StandardCharsets.UTF_8)).compactText()).isNull();
	}

	@Test
	void bytesThatAreNotUtf8AreNeverPrintedAsTheyCame() {
		byte[] body = { '{', '"', 't', '"', ':', '"', (byte) 0xc3, '"', '}' };

		assertThat(RawJson.whole(body).compactText()).isNull();
	}

	@Test
	void oneCompactCheckServesManyObjectsAsBytesOrCharacters() {
		RawJson.Compact compact = new RawJson.Compact();
		String nonAscii = "{\"t\":\"\u65e5\u672c\"}";
		String longer = "{\"t\":\"" + "\u00e9".repeat(2000) + "\"}";
		byte[] broken = { '{', '"', 't', '"', ':', '"', (byte) 0xe6, (byte) 0x97, '"', '}' };
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(text(compact, raw(nonAscii))).isEqualTo(nonAscii);
		assertThat(text(compact, RawJson.whole(broken))).isNull();
		assertThat(text(compact, raw("{\"n\":1}"))).isEqualTo("{\"n\":1}");
		assertThat(text(compact, raw(longer))).isEqualTo(longer);
		assertThat(text(compact, raw("{\"n\": 1}"))).isNull();

		assertThat(compact.writeBytes(raw(nonAscii), out)).isTrue();
		assertThat(compact.writeBytes(RawJson.whole(broken), out)).isFalse();
		assertThat(compact.writeBytes(raw("{\"t\":\"a\\/b\"}"), out)).isFalse();
		assertThat(compact.writeBytes(raw(longer), out)).isTrue();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(nonAscii + longer);
	}

	private static String text(RawJson.Compact compact, RawJson raw) {
		CharSequence text = compact.text(raw);
		return text == null ? null : text.toString();
	}

	private static RawJson raw(String object) {
		return RawJson.whole(object.getBytes(StandardCharsets.UTF_8));
	}

	private static String copied(RawJson raw) {
		StringWriter text = new StringWriter();
		try (JsonGenerator out = ClientJson.mapper().createGenerator(text)) {
			raw.writeTo(out);
		}
		return text.toString();
	}
}
