package dev.exashell.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ImportPage;
import dev.exashell.api.ListOnlyApi;
import dev.exashell.testing.FakeClock;
import dev.exashell.testing.TestTime;
import dev.exashell.watch.StatusDiscovery.End;
import dev.exashell.watch.StatusDiscovery.Found;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** watch --status finding its imports on a slow server: the deadline stops the walk between pages. */
class StatusDiscoveryTests {

	/** An endless list, fresh ids and cursors on every page, each answer taking 3 s of the fake clock. */
	private static final class SlowEndlessList implements ListOnlyApi {

		private final FakeClock time;
		private final List<String> cursors = new ArrayList<>();

		SlowEndlessList(FakeClock time) {
			this.time = time;
		}

		@Override
		public ImportPage list(String cursor, Integer limit) {
			cursors.add(cursor);
			time.advance(Duration.ofSeconds(3));
			int n = cursors.size();
			return new ImportPage(List.of(ScriptedImportsApi.imp("imp_" + n + "a", "pending", 0),
					ScriptedImportsApi.imp("imp_" + n + "b", "completed", 0)), true, "c" + n);
		}

	}

	@Test
	void aWalkStillGoingAtTheDeadlineStopsAsTimedOutAfterThePageInFlight() {
		FakeClock time = new FakeClock();
		SlowEndlessList api = new SlowEndlessList(time);
		List<Integer> progress = new ArrayList<>();

		Found found = new StatusDiscovery(api, time, time).find(item -> item.status().value().equals("pending"),
				WatchOptions.defaults(), TestTime.NOW.plusSeconds(5), WatchListener.NONE,
				page -> progress.add(page.pages()));

		assertThat(found.end()).isEqualTo(End.TIMED_OUT);
		assertThat(found.targets()).extracting(WatchTarget::id).containsExactly("imp_1a", "imp_2a");
		assertThat(List.of(found.pages(), (int) found.scanned())).containsExactly(2, 4);
		assertThat(api.cursors).containsExactly(null, "c1");
		assertThat(progress).containsExactly(1, 2);
		assertThat(time.waits()).isEmpty();
	}
}
