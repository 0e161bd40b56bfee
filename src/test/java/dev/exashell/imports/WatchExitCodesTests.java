package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchExitCodesTests {

	@ParameterizedTest
	@CsvSource({ "COMPLETED, 0", "ERROR, 1", "NOT_FOUND, 3", "AUTH, 4", "FAILED, 5", "TIMED_OUT, 6", "INTERRUPTED, 130" })
	void eachWayAWatchEndsHasTheExitCodeTheReadmeGives(Kind kind, int code) {
		assertThat(WatchExitCodes.of(kind)).isEqualTo(code);
	}

	@Test
	void severalWatchesExitWithTheMostSeriousOutcomesCode() {
		List<WatchOutcome> outcomes = List.of(outcome(Kind.COMPLETED), outcome(Kind.FAILED), outcome(Kind.TIMED_OUT),
				outcome(Kind.NOT_FOUND));

		assertThat(WatchExitCodes.of(outcomes)).isEqualTo(3);
	}

	@Test
	void watchesThatAllCompletedExitZero() {
		assertThat(WatchExitCodes.of(List.of(outcome(Kind.COMPLETED), outcome(Kind.COMPLETED)))).isZero();
	}

	private static WatchOutcome outcome(Kind kind) {
		return new WatchOutcome(kind, "import_" + kind, null, null, null);
	}
}
