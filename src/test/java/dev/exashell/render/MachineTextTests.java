package dev.exashell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Times in piped output are written as {@code Instant.toString()} writes them, whatever the instant. */
class MachineTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-11-30T11:57:00Z", "2026-11-30T00:00:00Z", "1970-01-01T00:00:00Z",
			"2024-02-29T23:59:59Z", "2026-11-30T11:57:00.100Z", "2026-11-30T11:57:00.120Z", "2026-11-30T11:57:00.000001Z",
			"2026-11-30T11:57:00.123456Z", "2026-11-30T11:57:00.000000001Z", "2026-11-30T11:57:00.123456789Z",
			"0000-01-01T00:00:00Z", "0000-12-31T23:59:59.5Z", "0001-01-01T00:00:00Z", "0999-03-01T01:02:03Z",
			"9999-12-31T23:59:59.999999999Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z",
			"-1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z" })
	void anInstantIsWrittenAsItsToStringWritesIt(String text) {
		Instant instant = Instant.parse(text);

		assertThat(MachineText.iso(instant)).isEqualTo(instant.toString());
	}

	@Test
	void instantsAllOverTheRangeAreWrittenAsTheirToStringWritesThem() {
		SplittableRandom random = new SplittableRandom(13);
		long first = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
		long last = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 20_000; i++) {
			int nanos = switch (i % 4) {
				case 0 -> 0;
				case 1 -> random.nextInt(1000) * 1_000_000;
				case 2 -> random.nextInt(1_000_000) * 1_000;
				default -> random.nextInt(1_000_000_000);
			};
			Instant instant = Instant.ofEpochSecond(random.nextLong(first, last), nanos);

			assertThat(MachineText.iso(instant)).isEqualTo(instant.toString());
		}
	}

	@Test
	void noTimeIsAnEmptyField() {
		assertThat(MachineText.iso(null)).isEmpty();
	}
}
