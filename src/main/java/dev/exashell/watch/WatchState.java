package dev.exashell.watch;

import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import dev.exashell.watch.WatchOutcome.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a watch knows between rounds: the imports still active, the last read of each, where each
 * sat in the list, the outcomes so far and the last transient error of each. One thread only.
 */
final class WatchState {

	private final List<String> order;
	private final List<WatchTarget> targets;
	private final LinkedHashSet<String> active;
	private final Map<String, Import> last = new HashMap<>();
	private final Map<String, Integer> positions = new HashMap<>();
	private final Map<String, WatchOutcome> done = new LinkedHashMap<>();
	private final Map<String, String> lastError = new HashMap<>();
	private final Set<String> warned = new HashSet<>();
	private final WatchListener listener;
	private boolean listUsable = true;

	WatchState(List<WatchTarget> targets, WatchListener listener) {
		this.targets = List.copyOf(targets);
		this.order = targets.stream().map(WatchTarget::id).distinct().toList();
		this.active = new LinkedHashSet<>(order);
		this.listener = listener;
		for (WatchTarget target : targets) {
			if (target.position() >= 0) {
				positions.put(target.id(), target.position());
			}
		}
	}

	/** Every target came with a listed import: those count as the first round's reads. */
	boolean seedFromListing() {
		if (targets.stream().anyMatch(t -> t.seen() == null)) {
			return false;
		}
		targets.forEach(t -> observe(t.seen()));
		return true;
	}

	/** Records a read; true for the first read of the import and when its status or updatedAt changed. */
	boolean observe(Import current) {
		String id = current.id();
		if (!active.contains(id)) {
			return false;
		}
		Import previous = last.put(id, current);
		lastError.remove(id);
		listener.onPoll(current);
		boolean changed = previous == null || !Objects.equals(previous.status(), current.status())
				|| !Objects.equals(previous.updatedAt(), current.updatedAt());
		if (changed) {
			listener.onChange(previous, current);
		}
		if (!current.status().isActive()) {
			Kind kind = current.status().equals(ImportStatus.COMPLETED) ? Kind.COMPLETED : Kind.FAILED;
			done.put(id, new WatchOutcome(kind, id, current, null, null));
			active.remove(id);
			positions.remove(id);
		}
		return changed;
	}

	void end(String id, Kind kind, RuntimeException e) {
		done.put(id, new WatchOutcome(kind, id, last.get(id), e.getMessage(), e));
		active.remove(id);
		positions.remove(id);
	}

	/**
	 * A GET of {@code asked} answered with another import: it is not taken for the one asked for;
	 * the listener hears once what came back, and a watch that ends without a read says so.
	 */
	void answeredForAnother(String asked, Import answer) {
		String message = "asked for " + asked + ", the API answered with "
				+ (answer.id() == null ? "an import without an id" : answer.id())
				+ (answer.status() == null ? "" : " (" + answer.status().value() + ")") + "; that answer is ignored";
		lastError.put(asked, message);
		if (warned.add(asked)) {
			listener.onWarning(message);
		}
	}

	void transientError(String id, String message) {
		lastError.put(id, message);
	}

	/** Outcomes in the order the ids were given; the still-active ones end as {@code kind}. */
	List<WatchOutcome> finish(Kind kind, String message) {
		for (String id : active) {
			String why = message != null ? message : last.containsKey(id) ? null : lastError.get(id);
			done.put(id, new WatchOutcome(kind, id, last.get(id), why, null));
		}
		return order.stream().map(done::get).toList();
	}

	List<String> active() {
		return List.copyOf(active);
	}

	boolean isActive(String id) {
		return active.contains(id);
	}

	Import last(String id) {
		return last.get(id);
	}

	/** The position last known (null: never located). */
	Integer position(String id) {
		return positions.get(id);
	}

	void position(String id, int position) {
		if (active.contains(id)) {
			positions.put(id, position);
		}
	}

	/** More than one id given: messages then name the import they are about. */
	boolean several() {
		return order.size() > 1;
	}

	boolean listUsable() {
		return listUsable;
	}

	/** The list endpoint answered with an error that will not go away: GET only from now on. */
	void stopUsingList() {
		listUsable = false;
	}
}
