package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownUrlsTests {

	@ParameterizedTest
	@CsvSource({ "http://admin:hunter2@host/websets, http://****@host/websets",
			"https://token@host:8443/websets/v0/imports?limit=5, https://****@host:8443/websets/v0/imports?limit=5",
			"http://a%40b:p%3Aw@host/websets, http://****@host/websets",
			"http://127.0.0.1:9/websets, http://127.0.0.1:9/websets" })
	void userInfoIsMaskedAndTheRestKept(String url, String shown) {
		assertThat(ShownUrls.of(URI.create(url))).isEqualTo(shown);
		assertThat(ShownUrls.of(url)).isEqualTo(shown);
	}
}
