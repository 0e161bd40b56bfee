package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FooterTests {

	static Stream<Arguments> footers() {
		return Stream.of(
				Arguments.of(25, true, null, "25 shown · more: next"),
				Arguments.of(25, false, null, "25 shown · end of list"),
				Arguments.of(0, false, null, "0 shown · end of list"),
				Arguments.of(1204, false, null, "1,204 shown · end of list"),
				Arguments.of(25, true, new ScanSummary(3, 512, 25), "scanned 3 pages · 512 imports · 25 matched · more: next"),
				Arguments.of(1, false, new ScanSummary(1, 1, 1), "scanned 1 page · 1 import · 1 matched · end of list"),
				Arguments.of(0, false, new ScanSummary(40, 10_000, 0), "scanned 40 pages · 10,000 imports · 0 matched · end of list"));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("footers")
	void saysHowManyWereShownAndWhetherNextHasMore(long shown, boolean hasMore, ScanSummary scan, String expected) {
		assertThat(Footer.text(shown, hasMore, scan)).isEqualTo(expected);
	}
}
