package dev.exashell.watch;

import dev.exashell.api.ApiException;
import dev.exashell.api.ApiIoException;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.InvalidDataException;
import dev.exashell.api.NotFoundException;
import dev.exashell.api.PermissionDeniedException;
import dev.exashell.api.RateLimitException;
import dev.exashell.api.RetryPolicy;
import dev.exashell.api.Sleeper;
import dev.exashell.api.UnauthorizedException;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Polls imports with {@link ImportsApi#get} until they are no longer pending or processing.
 * Rounds: one GET per still-active id, then one wait (see {@link WatchOptions}); any change in a
 * round resets the wait, a 429's {@code Retry-After} lengthens it. Transient failures (network,
 * 5xx, 408, 429, malformed body) never end a watch, only the timeout does. The api should not
 * retry by itself: use {@link #forClient}. An interrupt (of the sleep or of a request) ends the
 * watch as INTERRUPTED and leaves the thread's interrupt flag set.
 */
public final class ImportWatcher {

	private final ImportsApi api;
	private final Clock clock;
	private final Sleeper sleeper;

	public ImportWatcher(ImportsApi api, Clock clock, Sleeper sleeper) {
		this.api = Objects.requireNonNull(api, "api");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
	}

	/** A watcher over the client with its own retries disabled, its clock and its sleeper. */
	public static ImportWatcher forClient(ExaClient client) {
		return new ImportWatcher(client.withRetryPolicy(RetryPolicy.NONE), client.config().clock(),
				client.config().sleeper());
	}

	public WatchOutcome watch(String id, WatchOptions options, WatchListener listener) {
		return watchAll(List.of(id), options, listener).get(0);
	}

	/** Watches every id (duplicates once) with one GET per active id per round; outcomes in the order given. */
	public List<WatchOutcome> watchAll(List<String> ids, WatchOptions options, WatchListener listener) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Import> last = new LinkedHashMap<>();
		Map<String, WatchOutcome> done = new LinkedHashMap<>();
		Map<String, String> lastError = new LinkedHashMap<>();
		List<String> active = new ArrayList<>(ids.stream().distinct().toList());
		Instant deadline = options.timeout() == null ? null : clock.instant().plus(options.timeout());
		Duration wait = null;
		while (true) {
			boolean changed = false;
			Duration retryAfter = Duration.ZERO;
			List<String> errors = new ArrayList<>();
			for (String id : List.copyOf(active)) {
				if (Thread.currentThread().isInterrupted()) {
					return finish(ids, active, done, last, Kind.INTERRUPTED, "interrupted");
				}
				try {
					Import current = api.get(id);
					Import previous = last.put(id, current);
					listener.onPoll(current);
					if (previous == null || !Objects.equals(previous.status(), current.status())
							|| !Objects.equals(previous.updatedAt(), current.updatedAt())) {
						changed = true;
						listener.onChange(previous, current);
					}
					if (!current.status().isActive()) {
						Kind kind = current.status().equals(ImportStatus.COMPLETED) ? Kind.COMPLETED : Kind.FAILED;
						done.put(id, new WatchOutcome(kind, id, current, null));
						active.remove(id);
					}
				}
				catch (NotFoundException e) {
					end(id, Kind.NOT_FOUND, e, active, done, last);
				}
				catch (UnauthorizedException | PermissionDeniedException e) {
					end(id, Kind.AUTH, e, active, done, last);
				}
				catch (RateLimitException e) {
					retryAfter = max(retryAfter, e.retryAfter().orElse(Duration.ZERO));
					errors.add(describe(ids, id, e));
					lastError.put(id, e.getMessage());
				}
				catch (ApiIoException | InvalidDataException e) {
					if (Thread.currentThread().isInterrupted()) {
						return finish(ids, active, done, last, Kind.INTERRUPTED, e.getMessage());
					}
					errors.add(describe(ids, id, e));
					lastError.put(id, e.getMessage());
				}
				catch (ApiException e) {
					if (e.status() >= 500 || RetryPolicy.isRetryableStatus(e.status())) {
						errors.add(describe(ids, id, e));
						lastError.put(id, e.getMessage());
					}
					else {
						end(id, Kind.ERROR, e, active, done, last);
					}
				}
			}
			if (active.isEmpty()) {
				return finish(ids, active, done, last, null, null);
			}
			wait = changed ? options.interval() : options.grow(wait);
			Duration planned = max(wait, retryAfter);
			Duration sleep = planned;
			if (deadline != null) {
				Duration left = Duration.between(clock.instant(), deadline);
				if ((left.isNegative() || left.isZero()) || retryAfter.compareTo(left) > 0) {
					// out of time, or the server asks us to wait past the deadline: no further request
					Duration rest = left.isNegative() ? Duration.ZERO : left;
					errors.forEach(message -> listener.onTransientError(message, rest));
					if (!rest.isZero() && !sleep(rest)) {
						return finish(ids, active, done, last, Kind.INTERRUPTED, "interrupted");
					}
					return finish(ids, active, done, last, Kind.TIMED_OUT, null, lastError);
				}
				sleep = planned.compareTo(left) > 0 ? left : planned;
			}
			if (errors.isEmpty()) {
				listener.onWaiting(sleep);
			}
			else {
				for (String message : errors) {
					listener.onTransientError(message, sleep);
				}
			}
			if (!sleep(sleep)) {
				return finish(ids, active, done, last, Kind.INTERRUPTED, "interrupted");
			}
		}
	}

	/** False if interrupted (the interrupt flag is set again). */
	private boolean sleep(Duration duration) {
		try {
			sleeper.sleep(duration);
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void end(String id, Kind kind, Exception e, List<String> active, Map<String, WatchOutcome> done,
			Map<String, Import> last) {
		done.put(id, new WatchOutcome(kind, id, last.get(id), e.getMessage()));
		active.remove(id);
	}

	private static List<WatchOutcome> finish(List<String> ids, List<String> active, Map<String, WatchOutcome> done,
			Map<String, Import> last, Kind kind, String message) {
		return finish(ids, active, done, last, kind, message, Map.of());
	}

	/** Outcomes in the order of {@code ids}; the still-active ones end as {@code kind}. */
	private static List<WatchOutcome> finish(List<String> ids, List<String> active, Map<String, WatchOutcome> done,
			Map<String, Import> last, Kind kind, String message, Map<String, String> lastError) {
		for (String id : active) {
			String why = message != null ? message : last.containsKey(id) ? null : lastError.get(id);
			done.put(id, new WatchOutcome(kind, id, last.get(id), why));
		}
		return ids.stream().map(done::get).toList();
	}

	private static String describe(List<String> ids, String id, Exception e) {
		return ids.size() == 1 ? e.getMessage() : id + ": " + e.getMessage();
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
