package dev.exashell.watch;

import dev.exashell.api.Import;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records listener calls as short lines, e.g. "change null->pending", "error HTTP 503 retry PT3S". */
final class RecordingListener implements WatchListener {

	private final List<String> events = new CopyOnWriteArrayList<>();

	@Override
	public void onPoll(Import current) {
		events.add("poll " + current.status());
	}

	@Override
	public void onChange(Import previous, Import current) {
		events.add("change " + (previous == null ? "null" : previous.status()) + "->" + current.status());
	}

	@Override
	public void onTransientError(String message, Duration retryIn) {
		events.add("error " + message + " retry " + retryIn);
	}

	@Override
	public void onWarning(String message) {
		events.add("warning " + message);
	}

	@Override
	public void onWaiting(Duration nextPollIn) {
		events.add("wait " + nextPollIn);
	}

	List<String> events() {
		return List.copyOf(events);
	}

	List<String> errors() {
		return events.stream().filter(e -> e.startsWith("error ")).toList();
	}
}
