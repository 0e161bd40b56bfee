package dev.exashell.imports;

import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.session.PageState;
import dev.exashell.session.Position;
import dev.exashell.session.Session;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Moves through the list of imports for the session: the first page, the next, the previous,
 * with the session's filter applied. {@code next} at the end and {@code prev} at the start are
 * not errors: they return empty and the command says so.
 */
final class ImportBrowser {

	private final Session session;
	private final Supplier<PageFetcher> fetcher;

	public ImportBrowser(Session session, Supplier<PageFetcher> fetcher) {
		this.session = session;
		this.fetcher = fetcher;
	}

	public PageResult list(ListRequest request) {
		PageResult result = fetcher.get().fetch(request);
		session.startListing(result.page());
		return result;
	}

	/** The page after the current one; empty when the current page is the last. */
	public Optional<PageResult> next(int maxPages) {
		PageState current = current();
		if (current.isLast()) {
			return Optional.empty();
		}
		PageResult result = fetcher.get().fetch(requestFrom(current, current.next(), maxPages));
		session.advanceTo(result.page());
		return Optional.of(result);
	}

	/** The page before the current one; empty on the first page. */
	public Optional<PageResult> prev(int maxPages) {
		PageState current = current();
		Optional<Position> previous = session.previousStart();
		if (previous.isEmpty()) {
			return Optional.empty();
		}
		PageResult result = fetcher.get().fetch(requestFrom(current, previous.get(), maxPages));
		session.backTo(result.page());
		return Optional.of(result);
	}

	private ListRequest requestFrom(PageState current, Position start, int maxPages) {
		return new ListRequest(current.limit(), start, current.statuses(), maxPages);
	}

	private PageState current() {
		return session.page().orElseThrow(() -> new CliException(ExitCodes.USAGE, "there is no current page yet",
				"run list first (or filter --status S), then next and prev move through the pages"));
	}
}
