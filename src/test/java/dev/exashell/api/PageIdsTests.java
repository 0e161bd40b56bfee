package dev.exashell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's packed ids: exact membership, whatever the hashes and lengths. */
class PageIdsTests {

	private static PageIds page(String... ids) {
		List<Import> data = Arrays.stream(ids)
			.map(id -> new Import(id, "import", ImportStatus.COMPLETED, "csv", null, null, 0, null, null, null, null, null,
					null))
			.toList();
		return new PageIds(data);
	}

	@Test
	void holdsExactlyItsIds() {
		PageIds ids = page("imp_1", "imp_12", "Aa", "", "日本");

		assertThat(List.of("imp_1", "imp_12", "Aa", "", "日本")).allMatch(ids::contains);
		assertThat(List.of("imp_", "imp_2", "imp_123", "mp_1", "BB", "日")).noneMatch(ids::contains);
		assertThat("BB").as("same hash as Aa").hasSameHashCodeAs("Aa");
		assertThat(ids.contains(null)).isFalse();
		assertThat(ids.size()).isEqualTo(5);
	}

	@Test
	void aNullIdIsHeldOnceAndRepeatsCount() {
		PageIds ids = page("a", null, "a", null);

		assertThat(ids.contains(null)).isTrue();
		assertThat(ids.contains("a")).isTrue();
		assertThat(ids.size()).isEqualTo(3);
		assertThat(page().contains("a")).isFalse();
	}
}
