package dev.exashell.watch;

import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.CreatedImport;
import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportStatus;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.UpdateImportRequest;
import dev.exashell.testing.FakeClock;
import dev.exashell.testing.TestTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link ImportsApi#get} answers from a per-id script of imports and exceptions (the last one repeats); records "id@time". */
final class ScriptedImportsApi implements ImportsApi {

	private final Map<String, Deque<Object>> scripts = new HashMap<>();
	private final List<String> requests = new CopyOnWriteArrayList<>();
	private final FakeClock time;

	ScriptedImportsApi(FakeClock time) {
		this.time = time;
	}

	/** Each answer is an {@link Import} to return or a {@link RuntimeException} to throw. */
	ScriptedImportsApi script(String id, Object... answers) {
		scripts.computeIfAbsent(id, k -> new ArrayDeque<>()).addAll(List.of(answers));
		return this;
	}

	/** An import with the given status whose {@code updatedAt} is {@code minute} minutes after the start. */
	static Import imp(String id, String status, int minute) {
		return imp(id, status, minute, null, null);
	}

	static Import imp(String id, String status, int minute, String failedReason, String failedMessage) {
		Instant start = TestTime.NOW;
		return new Import(id, "import", ImportStatus.of(status), "csv", Entity.of("company"), "Leads", 0, Map.of(),
				failedReason, failedReason == null ? null : start.plusSeconds(60L * minute), failedMessage, start,
				start.plusSeconds(60L * minute));
	}

	List<String> requests() {
		return List.copyOf(requests);
	}

	@Override
	public Import get(String id) {
		requests.add(id + "@" + time.elapsed());
		Deque<Object> script = scripts.get(id);
		if (script == null || script.isEmpty()) {
			throw new AssertionError("unscripted GET " + id);
		}
		Object answer = script.size() == 1 ? script.peek() : script.poll();
		if (answer instanceof RuntimeException e) {
			throw e;
		}
		return (Import) answer;
	}

	@Override
	public ImportPage list(String cursor, Integer limit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public CreatedImport create(CreateImportRequest request) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Import update(String id, UpdateImportRequest request) {
		throw new UnsupportedOperationException();
	}

	@Override
	public Import delete(String id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void upload(String uploadUrl, byte[] csv) {
		throw new UnsupportedOperationException();
	}
}
