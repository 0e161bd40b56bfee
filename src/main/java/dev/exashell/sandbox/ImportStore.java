package dev.exashell.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * Every live import, by id and in list order (newest first: createdAt desc, then id desc). Reads
 * take no lock; writes are serialised so the two maps move together. A page is a keyset lookup:
 * O(log n + limit), whatever happened to the item the cursor names.
 */
final class ImportStore {

	/** A position in list order. Items with a key greater than a cursor's key come after it. */
	record Key(long createdAtMillis, String id) {

		static Key of(StoredImport item) {
			return new Key(item.createdAt().toEpochMilli(), item.id());
		}
	}

	static final Comparator<Key> NEWEST_FIRST = (a, b) -> {
		int byTime = Long.compare(b.createdAtMillis(), a.createdAtMillis());
		return byTime != 0 ? byTime : b.id().compareTo(a.id());
	};

	private record State(ConcurrentSkipListMap<Key, StoredImport> ordered, Map<String, StoredImport> byId) {

		static State of(Collection<StoredImport> items) {
			ConcurrentSkipListMap<Key, StoredImport> ordered = new ConcurrentSkipListMap<>(NEWEST_FIRST);
			Map<String, StoredImport> byId = new ConcurrentHashMap<>(Math.max(16, items.size() * 2));
			for (StoredImport item : items) {
				ordered.put(Key.of(item), item);
				byId.put(item.id(), item);
			}
			return new State(ordered, byId);
		}
	}

	private final Object writeLock = new Object();
	private volatile State state = State.of(List.of());

	Optional<StoredImport> get(String id) {
		return Optional.ofNullable(state.byId().get(id));
	}

	boolean contains(String id) {
		return state.byId().containsKey(id);
	}

	int size() {
		return state.byId().size();
	}

	void add(StoredImport item) {
		synchronized (writeLock) {
			State current = state;
			if (current.byId().containsKey(item.id())) {
				throw new IllegalStateException("duplicate import id " + item.id());
			}
			current.ordered().put(Key.of(item), item);
			current.byId().put(item.id(), item);
		}
	}

	/** Applies {@code change} to the import atomically with respect to other writes; empty if it is gone. */
	Optional<StoredImport> update(String id, UnaryOperator<StoredImport> change) {
		synchronized (writeLock) {
			State current = state;
			StoredImport existing = current.byId().get(id);
			if (existing == null) {
				return Optional.empty();
			}
			StoredImport changed = change.apply(existing);
			if (!changed.id().equals(id) || !changed.createdAt().equals(existing.createdAt())) {
				throw new IllegalArgumentException("id and createdAt are immutable");
			}
			current.ordered().put(Key.of(changed), changed);
			current.byId().put(id, changed);
			return Optional.of(changed);
		}
	}

	Optional<StoredImport> remove(String id) {
		synchronized (writeLock) {
			State current = state;
			StoredImport removed = current.byId().remove(id);
			if (removed != null) {
				current.ordered().remove(Key.of(removed));
			}
			return Optional.ofNullable(removed);
		}
	}

	/** Swaps in a whole new content at once (seeding and reset); readers see old or new, never a mix. */
	void replaceAll(Collection<StoredImport> items) {
		State fresh = State.of(items);
		synchronized (writeLock) {
			state = fresh;
		}
	}

	/** Up to {@code max} imports in list order strictly after {@code after} (from the start if null). */
	List<StoredImport> page(Key after, int max) {
		ConcurrentSkipListMap<Key, StoredImport> ordered = state.ordered();
		ConcurrentNavigableMap<Key, StoredImport> tail = after == null ? ordered : ordered.tailMap(after, false);
		List<StoredImport> out = new ArrayList<>(Math.min(max, 256));
		Iterator<StoredImport> it = tail.values().iterator();
		while (out.size() < max && it.hasNext()) {
			out.add(it.next());
		}
		return out;
	}
}
