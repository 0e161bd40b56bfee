package dev.exashell.watch;

import dev.exashell.api.ApiException;
import dev.exashell.api.ApiIoException;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.InvalidDataException;
import dev.exashell.api.NotFoundException;
import dev.exashell.api.PermissionDeniedException;
import dev.exashell.api.RateLimitException;
import dev.exashell.api.RetryPolicy;
import dev.exashell.api.UnauthorizedException;
import dev.exashell.watch.WatchOutcome.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One round of polling: the list pages {@link ListPlan} asks for, then one GET for each active
 * import those pages did not show. A transient failure of a page ends the round (no GETs pile onto
 * a struggling server); a 401/403 ends every watch; any other error of the list endpoint makes
 * the watch fall back to GET for good.
 */
final class Poller {

	/** What a round saw: whether anything changed, the longest Retry-After, one message per transient error. */
	record Round(boolean changed, Duration retryAfter, List<String> errors, boolean interrupted) {

		static final Round SEEDED = new Round(true, Duration.ZERO, List.of(), false);
	}

	private enum Failure { TRANSIENT, NOT_FOUND, AUTH, OTHER, INTERRUPTED }

	private final ImportsApi api;
	private final WatchState state;
	private final boolean listPolling;
	private boolean changed;
	private Duration retryAfter;
	private List<String> errors;

	Poller(ImportsApi api, WatchState state, boolean listPolling) {
		this.api = api;
		this.state = state;
		this.listPolling = listPolling;
	}

	Round poll() {
		changed = false;
		retryAfter = Duration.ZERO;
		errors = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int pages = listPolling && state.listUsable()
				? ListPlan.pages(state.active().stream().map(state::position).toList()) : 0;
		if (pages > 0) {
			Failure failure = walk(pages, seen);
			if (failure == Failure.INTERRUPTED) {
				return round(true);
			}
			if (failure == Failure.TRANSIENT || failure == Failure.AUTH) {
				return round(false);
			}
		}
		for (String id : state.active()) {
			if (seen.contains(id)) {
				continue;
			}
			if (Thread.currentThread().isInterrupted()) {
				return round(true);
			}
			try {
				Import answer = api.get(id);
				if (id.equals(answer.id())) {
					changed |= state.observe(answer);
				}
				else {
					state.answeredForAnother(id, answer);
				}
			}
			catch (RuntimeException e) {
				switch (failed(e, state.several() ? id + ": " : "", id)) {
					case NOT_FOUND -> state.end(id, Kind.NOT_FOUND, e);
					case AUTH -> state.end(id, Kind.AUTH, e);
					case OTHER -> state.end(id, Kind.ERROR, e);
					case INTERRUPTED -> {
						return round(true);
					}
					case TRANSIENT -> {
					}
				}
			}
		}
		return round(false);
	}

	/** Reads list pages; null when it went through (or the list failed for good and GET takes over). */
	private Failure walk(int planned, Set<String> seen) {
		long coveredBelow = ListPlan.coveredBelow(planned);
		Set<String> wanted = new HashSet<>();
		for (String id : state.active()) {
			Integer position = state.position(id);
			if ((position == null ? 0 : position) < coveredBelow) {
				wanted.add(id);
			}
		}
		String cursor = null;
		int read = 0;
		int index = 0;
		while (true) {
			if (Thread.currentThread().isInterrupted()) {
				return Failure.INTERRUPTED;
			}
			ImportPage page;
			try {
				page = api.list(cursor, ListPlan.PAGE_SIZE);
			}
			catch (RuntimeException e) {
				Failure failure = failed(e, "listing imports: ", null);
				switch (failure) {
					case AUTH -> state.active().forEach(id -> state.end(id, Kind.AUTH, e));
					case NOT_FOUND, OTHER -> state.stopUsingList();
					case TRANSIENT -> state.active().forEach(id -> state.transientError(id, e.getMessage()));
					case INTERRUPTED -> {
					}
				}
				return failure == Failure.NOT_FOUND || failure == Failure.OTHER ? null : failure;
			}
			read++;
			for (Import item : page.data()) {
				if (state.isActive(item.id()) && seen.add(item.id())) {
					state.position(item.id(), index);
					changed |= state.observe(item);
				}
				index++;
			}
			wanted.removeAll(seen);
			wanted.removeIf(id -> !state.isActive(id));
			if (page.isLast() || !ListPlan.readOn(read, planned, wanted.size()) || passedAll(page, wanted)) {
				break;
			}
			cursor = page.nextCursor();
		}
		for (String id : wanted) {
			Integer position = state.position(id);
			state.position(id, Math.max(position == null ? 0 : position, index));
		}
		return null;
	}

	/** The page reaches further back than every missing import was created: the list no longer has them. */
	private boolean passedAll(ImportPage page, Set<String> missing) {
		if (page.data().isEmpty()) {
			return false;
		}
		Instant oldest = page.data().get(page.data().size() - 1).createdAt();
		return oldest != null && missing.stream().map(state::last)
			.allMatch(known -> known != null && known.createdAt() != null && oldest.isBefore(known.createdAt()));
	}

	/** Classifies a failed request; a transient one is recorded under {@code prefix} with its Retry-After. */
	private Failure failed(RuntimeException e, String prefix, String id) {
		Failure failure = classify(e);
		if (failure == Failure.TRANSIENT) {
			if (e instanceof RateLimitException limited) {
				Duration wait = limited.retryAfter().orElse(Duration.ZERO);
				retryAfter = wait.compareTo(retryAfter) > 0 ? wait : retryAfter;
			}
			errors.add(prefix + e.getMessage());
			if (id != null) {
				state.transientError(id, e.getMessage());
			}
		}
		return failure;
	}

	/** Whether a failed request is worth another try (network, 5xx, 408, 429, malformed body); others are rethrown as they are. */
	static boolean isTransient(RuntimeException e) {
		return classify(e) == Failure.TRANSIENT;
	}

	private static Failure classify(RuntimeException e) {
		if (e instanceof NotFoundException) {
			return Failure.NOT_FOUND;
		}
		if (e instanceof UnauthorizedException || e instanceof PermissionDeniedException) {
			return Failure.AUTH;
		}
		if (e instanceof ApiIoException || e instanceof InvalidDataException) {
			return Thread.currentThread().isInterrupted() ? Failure.INTERRUPTED : Failure.TRANSIENT;
		}
		if (e instanceof ApiException api) {
			return api.status() >= 500 || RetryPolicy.isRetryableStatus(api.status()) ? Failure.TRANSIENT : Failure.OTHER;
		}
		throw Objects.requireNonNull(e);
	}

	private Round round(boolean interrupted) {
		return new Round(changed, retryAfter, List.copyOf(errors), interrupted);
	}
}
