package dev.exashell.imports;

import dev.exashell.api.ExaException;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportPager;
import dev.exashell.api.ImportsApi;
import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Io;
import dev.exashell.render.ScanSummary;
import dev.exashell.session.Session;
import dev.exashell.watch.WatchTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code watch} is asked to follow: the ids and row numbers given, then with {@code --status}
 * every import now in those statuses, found by walking all pages of 200 (the import and its
 * position in the list are kept, so the watch knows where to look). The walk's scan summary goes
 * to stderr; an empty result says so there.
 */
final class WatchTargets {

	private static final int PAGE_SIZE = 200;

	private WatchTargets() {
	}

	static List<WatchTarget> resolve(List<String> args, Optional<String> status, Session session, ImportsApi api, Io io) {
		Map<String, WatchTarget> targets = new LinkedHashMap<>();
		for (String arg : args) {
			String id = ImportRef.resolve(arg, session).id();
			targets.putIfAbsent(id, WatchTarget.of(id));
		}
		if (status.isPresent()) {
			Set<String> statuses = StatusFilter.parse(status.get());
			List<WatchTarget> found = walk(api, statuses, io);
			found.forEach(target -> targets.put(target.id(), target));
			if (found.isEmpty() && targets.isEmpty()) {
				io.err().print("nothing to watch: no import is " + String.join(" or ", statuses) + "\n");
				io.err().flush();
			}
		}
		return new ArrayList<>(targets.values());
	}

	private static List<WatchTarget> walk(ImportsApi api, Set<String> statuses, Io io) {
		List<WatchTarget> found = new ArrayList<>();
		int pages = 0;
		int position = 0;
		try {
			for (ImportPage page : new ImportPager(api, null, PAGE_SIZE)) {
				pages++;
				for (Import item : page.data()) {
					if (StatusFilter.matches(statuses, item)) {
						found.add(WatchTarget.listed(item, position));
					}
					position++;
				}
			}
		}
		catch (ExaException e) {
			if (Thread.currentThread().isInterrupted()) {
				throw new CliException(ExitCodes.INTERRUPTED, "interrupted while looking for imports to watch", null);
			}
			throw e;
		}
		io.err().print(new ScanSummary(pages, position, found.size()).text() + "\n");
		io.err().flush();
		return found;
	}
}
