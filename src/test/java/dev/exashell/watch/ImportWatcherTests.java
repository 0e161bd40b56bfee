package dev.exashell.watch;

import static dev.exashell.watch.ScriptedImportsApi.imp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ApiIoException;
import dev.exashell.api.InvalidDataException;
import dev.exashell.api.NotFoundException;
import dev.exashell.api.PermissionDeniedException;
import dev.exashell.api.RateLimitException;
import dev.exashell.api.ServerException;
import dev.exashell.api.UnauthorizedException;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.WatchOutcome.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportWatcherTests {

	private static final String ID = "imp_1";

	private final FakeClock time = new FakeClock();
	private final ScriptedImportsApi api = new ScriptedImportsApi(time);
	private final RecordingListener listener = new RecordingListener();
	private final ImportWatcher watcher = new ImportWatcher(api, time, time);

	private WatchOutcome watch(WatchOptions options) {
		return watcher.watch(ID, options, listener);
	}

	private static List<Duration> seconds(double... values) {
		return java.util.Arrays.stream(values).mapToObj(s -> Duration.ofMillis(Math.round(s * 1000))).toList();
	}

	@Test
	void completedAfterPendingAndProcessingBacksOffWhileUnchangedAndResetsOnChange() {
		api.script(ID, imp(ID, "pending", 0), imp(ID, "pending", 0), imp(ID, "pending", 0), imp(ID, "processing", 1),
				imp(ID, "processing", 1), imp(ID, "completed", 2));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.COMPLETED);
		assertThat(outcome.last().status().value()).isEqualTo("completed");
		assertThat(time.waits()).isEqualTo(seconds(2, 3, 4.5, 2, 3));
		assertThat(api.requests()).containsExactly("imp_1@0s", "imp_1@2s", "imp_1@5s", "imp_1@9.5s", "imp_1@11.5s",
				"imp_1@14.5s");
		assertThat(listener.events()).containsExactly("poll pending", "change null->pending", "wait PT2S",
				"poll pending", "wait PT3S", "poll pending", "wait PT4.5S", "poll processing",
				"change pending->processing", "wait PT2S", "poll processing", "wait PT3S", "poll completed",
				"change processing->completed");
	}

	@Test
	void aNewUpdatedAtCountsAsAChange() {
		api.script(ID, imp(ID, "processing", 0), imp(ID, "processing", 0), imp(ID, "processing", 1),
				imp(ID, "completed", 2));
		assertThat(watch(WatchOptions.defaults()).kind()).isEqualTo(Kind.COMPLETED);
		assertThat(time.waits()).isEqualTo(seconds(2, 3, 2));
	}

	@Test
	void anAnswerForAnotherIdIsWarnedOfOnceAndNamedWhenTheWatchTimesOut() {
		api.script(ID, imp("imp_other", "processing", 0));
		WatchOutcome outcome = watch(WatchOptions.defaults().withTimeout(Duration.ofSeconds(10)));
		String warning = "asked for imp_1, the API answered with imp_other (processing); that answer is ignored";
		assertThat(outcome.kind()).isEqualTo(Kind.TIMED_OUT);
		assertThat(outcome.last()).isNull();
		assertThat(outcome.message()).isEqualTo(warning);
		assertThat(listener.events()).containsExactly("warning " + warning, "wait PT2S", "wait PT3S", "wait PT4.5S",
				"wait PT0.5S");
	}

	@Test
	void anAnswerForAnotherIdIsNotTakenForTheImportAskedFor() {
		api.script(ID, imp("imp_other", "completed", 0), imp(ID, "processing", 1), imp(ID, "completed", 2));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.COMPLETED);
		assertThat(outcome.last().id()).isEqualTo(ID);
		assertThat(listener.events()).first().asString().startsWith("warning asked for imp_1, the API answered with imp_other");
	}

	@Test
	void theWaitGrowsToTheCapAndStaysThere() {
		api.script(ID, imp(ID, "pending", 0), imp(ID, "pending", 0), imp(ID, "pending", 0), imp(ID, "pending", 0),
				imp(ID, "pending", 0), imp(ID, "pending", 0), imp(ID, "pending", 0), imp(ID, "pending", 0),
				imp(ID, "pending", 0), imp(ID, "completed", 1));
		watch(WatchOptions.defaults());
		assertThat(time.waits()).isEqualTo(seconds(2, 3, 4.5, 6.75, 10.125, 15.188, 22.782, 30, 30));
	}

	@Test
	void failedCarriesTheReasonAndExitsFive() {
		api.script(ID, imp(ID, "processing", 0), imp(ID, "failed", 1, "invalid_format", "not a CSV file"));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
		assertThat(outcome.failedReason()).isEqualTo("invalid_format");
		assertThat(outcome.failedMessage()).isEqualTo("not a CSV file");
		assertThat(time.waits()).isEqualTo(seconds(2));
	}

	@Test
	void anUnknownFinalStatusSuchAsCanceledIsAFailure() {
		api.script(ID, imp(ID, "canceled", 0));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.FAILED);
	}

	@Test
	void anAlreadyFinalImportReturnsAfterOneRequestAndNoWait() {
		api.script(ID, imp(ID, "completed", 0));
		assertThat(watch(WatchOptions.defaults().withTimeout(Duration.ofMinutes(1))).kind()).isEqualTo(Kind.COMPLETED);
		assertThat(api.requests()).containsExactly("imp_1@0s");
		assertThat(time.waits()).isEmpty();
	}

	@Test
	void timesOutWithTheLastWaitClampedToTheTimeLeftAndOneLastLook() {
		api.script(ID, imp(ID, "pending", 0));
		WatchOutcome outcome = watch(WatchOptions.defaults().withTimeout(Duration.ofSeconds(10)));
		assertThat(outcome.kind()).isEqualTo(Kind.TIMED_OUT);
		assertThat(outcome.last().status().value()).isEqualTo("pending");
		assertThat(time.waits()).isEqualTo(seconds(2, 3, 4.5, 0.5));
		assertThat(api.requests()).containsExactly("imp_1@0s", "imp_1@2s", "imp_1@5s", "imp_1@9.5s", "imp_1@10s");
	}

	@Test
	void notFoundExitsThree() {
		api.script(ID, new NotFoundException(404, "Import not found", "NOT_FOUND", null, "req_1"));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.NOT_FOUND);
		assertThat(outcome.message()).isEqualTo("HTTP 404: Import not found");
		assertThat(api.requests()).hasSize(1);
		assertThat(time.waits()).isEmpty();
	}

	@Test
	void unauthorizedExitsFour() {
		api.script(ID, new UnauthorizedException(401, "Invalid API key", null, null, null));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.AUTH);
		assertThat(api.requests()).hasSize(1);
	}

	@Test
	void forbiddenMidWatchExitsFourKeepingTheLastImport() {
		api.script(ID, imp(ID, "processing", 0), new PermissionDeniedException(403, "Forbidden", null, null, null));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		assertThat(outcome.kind()).isEqualTo(Kind.AUTH);
		assertThat(outcome.last().status().value()).isEqualTo("processing");
	}

	@Test
	void rateLimitedWaitsExactlyRetryAfter() {
		api.script(ID, imp(ID, "pending", 0),
				new RateLimitException("Too many requests", null, null, null, Duration.ofSeconds(7)),
				imp(ID, "completed", 1));
		assertThat(watch(WatchOptions.defaults()).kind()).isEqualTo(Kind.COMPLETED);
		assertThat(time.waits()).isEqualTo(seconds(2, 7));
		assertThat(api.requests()).containsExactly("imp_1@0s", "imp_1@2s", "imp_1@9s");
		assertThat(listener.errors()).containsExactly("error HTTP 429: Too many requests retry PT7S");
	}

	@Test
	void aRetryAfterBeyondTheTimeoutWaitsOutTheTimeLeftWithoutAnotherRequest() {
		api.script(ID, imp(ID, "pending", 0),
				new RateLimitException("slow down", null, null, null, Duration.ofSeconds(60)));
		WatchOutcome outcome = watch(WatchOptions.defaults().withTimeout(Duration.ofSeconds(10)));
		assertThat(outcome.kind()).isEqualTo(Kind.TIMED_OUT);
		assertThat(time.waits()).isEqualTo(seconds(2, 8));
		assertThat(api.requests()).containsExactly("imp_1@0s", "imp_1@2s");
	}

	@Test
	void aBurstOf503sIsRetriedWithBackoffAndEachReportedOnce() {
		ServerException unavailable = new ServerException(503, "Service Unavailable", null, null, null);
		api.script(ID, imp(ID, "processing", 0), unavailable, unavailable, unavailable, imp(ID, "completed", 1));
		assertThat(watch(WatchOptions.defaults()).kind()).isEqualTo(Kind.COMPLETED);
		assertThat(time.waits()).isEqualTo(seconds(2, 3, 4.5, 6.75));
		assertThat(listener.errors()).containsExactly("error HTTP 503: Service Unavailable retry PT3S",
				"error HTTP 503: Service Unavailable retry PT4.5S", "error HTTP 503: Service Unavailable retry PT6.75S");
	}

	@Test
	void aConnectionResetThenSuccess() {
		api.script(ID, new ApiIoException("connection reset by 127.0.0.1:1", new IOException("reset")),
				imp(ID, "completed", 0));
		assertThat(watch(WatchOptions.defaults()).kind()).isEqualTo(Kind.COMPLETED);
		assertThat(time.waits()).isEqualTo(seconds(2));
		assertThat(listener.errors()).containsExactly("error connection reset by 127.0.0.1:1 retry PT2S");
	}

	@Test
	void aMalformedBodyThenSuccess() {
		api.script(ID, imp(ID, "processing", 0), new InvalidDataException("malformed import JSON"),
				imp(ID, "completed", 1));
		assertThat(watch(WatchOptions.defaults()).kind()).isEqualTo(Kind.COMPLETED);
		assertThat(time.waits()).isEqualTo(seconds(2, 3));
		assertThat(listener.errors()).containsExactly("error malformed import JSON retry PT3S");
	}

	@Test
	void transientErrorsUntilTheTimeoutTimeOutWithTheLastErrorMessage() {
		api.script(ID, new ServerException(502, "Bad Gateway", null, null, null));
		WatchOutcome outcome = watch(WatchOptions.defaults().withTimeout(Duration.ofSeconds(5)));
		assertThat(outcome.kind()).isEqualTo(Kind.TIMED_OUT);
		assertThat(outcome.last()).isNull();
		assertThat(outcome.message()).isEqualTo("HTTP 502: Bad Gateway");
		assertThat(time.waits()).isEqualTo(seconds(2, 3));
	}

	@Test
	void anInterruptedSleepExits130AndKeepsTheInterruptFlag() {
		time.interruptOnSleep(2);
		api.script(ID, imp(ID, "pending", 0));
		WatchOutcome outcome = watch(WatchOptions.defaults());
		boolean flag = Thread.interrupted();
		assertThat(outcome.kind()).isEqualTo(Kind.INTERRUPTED);
		assertThat(flag).isTrue();
		assertThat(api.requests()).hasSize(2);
	}
}
