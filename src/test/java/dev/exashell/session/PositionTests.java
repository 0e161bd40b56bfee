package dev.exashell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exashell.cli.UsageException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A position (API cursor and offset) as one {@code --cursor} value, and back. */
class PositionTests {

	@Test
	void withoutAnOffsetTheTokenIsTheApiCursorItself() {
		assertThat(Position.at("djF8MTc5+/=").token()).isEqualTo("djF8MTc5+/=");
		assertThat(Position.parse("djF8MTc5+/=")).isEqualTo(Position.at("djF8MTc5+/="));
	}

	@Test
	void anOffsetIsEncodedWithTheCursorAndDecodesBack() {
		Position mid = new Position("djF8MTc5NDU3.YJ_w", 57);
		Position firstPage = new Position(null, 12);

		assertThat(mid.token()).isEqualTo("xs1:NTc6ZGpGOE1UYzVORFUzLllKX3c");
		assertThat(firstPage.token()).isEqualTo("xs1:MTI6");
		assertThat(Position.parse(mid.token())).isEqualTo(mid);
		assertThat(Position.parse(firstPage.token())).isEqualTo(firstPage);
	}

	@Test
	void theTokenNeedsNoQuotingInAShell() {
		assertThat(new Position("a b'c/+=", 199).token()).matches("xs1:[A-Za-z0-9_-]+");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xs1:", "xs1:***", "xs1:MTI", "xs1:MDo", "xs1:MjAwOmFiYw", "xs1:LTE6YWJj", "xs1:YWJj" })
	void aTokenThatDoesNotDecodeToAnOffsetFrom1To199IsRefused(String token) {
		assertThatThrownBy(() -> Position.parse(token)).isInstanceOf(UsageException.class)
			.hasMessage("--cursor " + token + " is not a cursor exa-shell gave out (it starts with xs1: but does not decode)");
	}

	@Test
	void bytesThatAreNotUtf8AreRefused() {
		String token = "xs1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(
				new byte[] { '5', ':', (byte) 0xff, 'a' });
		assertThatThrownBy(() -> Position.parse(token)).isInstanceOf(UsageException.class);
		assertThat(Position.parse("xs1:" + Base64.getUrlEncoder().withoutPadding()
			.encodeToString("5:é".getBytes(StandardCharsets.UTF_8)))).isEqualTo(new Position("é", 5));
	}
}
