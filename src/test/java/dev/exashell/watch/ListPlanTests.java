package dev.exashell.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListPlanTests {

	private static List<Integer> at(Integer... positions) {
		return Arrays.asList(positions);
	}

	@Test
	void oneImportIsAlwaysAGet() {
		assertThat(ListPlan.pages(at(0))).isZero();
		assertThat(ListPlan.pages(at((Integer) null))).isZero();
		assertThat(ListPlan.pages(List.of())).isZero();
	}

	@Test
	void twoImportsNeverLocatedAreLookedForOnTheFirstPage() {
		assertThat(ListPlan.pages(at(null, null))).isEqualTo(1);
	}

	@Test
	void fiveHundredNewestImportsTakeThreePages() {
		assertThat(ListPlan.pages(IntStream.range(0, 500).boxed().toList())).isEqualTo(3);
	}

	@Test
	void twoImportsOnPagesTwoAndThreeAreCheaperWithGetsAndATieGoesToGet() {
		assertThat(ListPlan.pages(at(250, 450))).isZero();
		assertThat(ListPlan.pages(at(10, 250))).isZero();
		assertThat(ListPlan.pages(at(10, 20, 250))).isEqualTo(1);
	}

	@Test
	void importsFarDownTheListAreLeftToGetWhileTheNewOnesShareAPage() {
		List<Integer> positions = new ArrayList<>(IntStream.range(0, 10).boxed().toList());
		positions.add(5_000);
		Collections.shuffle(positions, new java.util.Random(1));
		assertThat(ListPlan.pages(positions)).isEqualTo(1);
	}

	@Test
	void aPageIsReadWhenItSavesAtLeastOneRequest() {
		// 3 on page 3: three pages (3) instead of three GETs (3) is a tie; a fourth import tips it
		assertThat(ListPlan.pages(at(400, 401, 402))).isZero();
		assertThat(ListPlan.pages(at(400, 401, 402, 403))).isEqualTo(3);
		assertThat(ListPlan.coveredBelow(3)).isEqualTo(600);
	}

	@ParameterizedTest(name = "after {0} of {1} planned pages with {2} missing: read on = {3}")
	@CsvSource({ "1, 3, 100, true", "2, 3, 1, true", "3, 3, 0, false", "3, 3, 2, false", "3, 3, 4, true",
			"1, 1, 1, false", "1, 1, 2, true", "2, 1, 2, false" })
	void readsOnWhileImportsAreMissingAndPagesAreCheaperThanGets(int read, int planned, int missing, boolean readOn) {
		assertThat(ListPlan.readOn(read, planned, missing)).isEqualTo(readOn);
	}
}
