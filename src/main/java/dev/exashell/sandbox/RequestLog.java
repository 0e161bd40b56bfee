package dev.exashell.sandbox;

import java.util.ArrayDeque;
import java.util.List;

/** The last {@code capacity} requests, oldest first. */
final class RequestLog {

	static final int CAPACITY = 10_000;
	static final int MAX_BODY = 1 << 20;

	private final int capacity;
	private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

	RequestLog(int capacity) {
		this.capacity = capacity;
	}

	synchronized void add(RecordedRequest request) {
		if (entries.size() == capacity) {
			entries.removeFirst();
		}
		entries.addLast(request);
	}

	synchronized List<RecordedRequest> snapshot() {
		return List.copyOf(entries);
	}

	synchronized void clear() {
		entries.clear();
	}
}
