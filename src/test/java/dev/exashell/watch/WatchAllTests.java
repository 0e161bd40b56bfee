package dev.exashell.watch;

import static dev.exashell.watch.ScriptedImportsApi.imp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.NotFoundException;
import dev.exashell.api.ServerException;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchAllTests {

	private static final WatchOptions GET_ONLY = WatchOptions.defaults().withoutListPolling();

	private final FakeClock time = new FakeClock();
	private final ScriptedImportsApi api = new ScriptedImportsApi(time);
	private final RecordingListener listener = new RecordingListener();
	private final ImportWatcher watcher = new ImportWatcher(api, time, time);

	@Test
	void oneGetPerActiveIdPerRoundUntilEachIsFinal() {
		api.script("a", imp("a", "pending", 0), imp("a", "completed", 1));
		api.script("b", imp("b", "processing", 0), imp("b", "processing", 0), imp("b", "processing", 0),
				imp("b", "failed", 1, "invalid_file_content", "empty"));
		api.script("c", new NotFoundException(404, "Import not found", null, null, null));
		List<WatchOutcome> outcomes = watcher.watchAll(List.of("a", "b", "c"), GET_ONLY, listener);
		assertThat(outcomes).extracting(WatchOutcome::id).containsExactly("a", "b", "c");
		assertThat(outcomes).extracting(WatchOutcome::kind).containsExactly(Kind.COMPLETED, Kind.FAILED, Kind.NOT_FOUND);
		assertThat(WatchOutcome.mostSerious(outcomes)).isEqualTo(Kind.NOT_FOUND);
		// round 2 saw a change (a completed), so the wait stays at the interval; round 3 saw none
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3));
		assertThat(api.requests()).containsExactly("a@0s", "b@0s", "c@0s", "a@2s", "b@2s", "b@4s", "b@7s");
	}

	@Test
	void aTransientErrorOnOneIdIsReportedWithItsIdAndTheTimeoutEndsTheRest() {
		api.script("a", imp("a", "completed", 0));
		api.script("b", imp("b", "pending", 0), new ServerException(500, "boom", null, null, null), imp("b", "pending", 0));
		List<WatchOutcome> outcomes = watcher.watchAll(List.of("a", "b"),
				GET_ONLY.withTimeout(Duration.ofSeconds(4)), listener);
		assertThat(outcomes).extracting(WatchOutcome::kind).containsExactly(Kind.COMPLETED, Kind.TIMED_OUT);
		assertThat(WatchOutcome.mostSerious(outcomes)).isEqualTo(Kind.TIMED_OUT);
		assertThat(listener.errors()).containsExactly("error b: HTTP 500: boom retry PT2S");
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
		assertThat(api.requests()).containsExactly("a@0s", "b@0s", "b@2s", "b@4s");
	}
}
