package dev.exashell.session;

import dev.exashell.api.Import;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one shell session remembers between commands: the API key and base URL, the current page
 * and the cursors of the pages before it (for {@code prev}), and the active status filter.
 * Commands run one at a time, so this is deliberately not thread-safe.
 */
public final class Session {

	private ApiKey apiKey;
	private final URI baseUrl;
	private final boolean sandbox;
	private PageState page;
	private final Deque<Position> earlier = new ArrayDeque<>();
	private Set<String> statusFilter = Set.of();
	private boolean exitRequested;

	public Session(URI baseUrl, boolean sandbox, ApiKey apiKey) {
		this.baseUrl = baseUrl;
		this.sandbox = sandbox;
		this.apiKey = apiKey;
	}

	public Optional<ApiKey> apiKey() {
		return Optional.ofNullable(apiKey);
	}

	public void useKey(ApiKey key) {
		this.apiKey = key;
	}

	public void forgetKey() {
		this.apiKey = null;
	}

	public URI baseUrl() {
		return baseUrl;
	}

	public boolean sandbox() {
		return sandbox;
	}

	public Optional<PageState> page() {
		return Optional.ofNullable(page);
	}

	/** A fresh listing: the page replaces the current one and the prev stack starts over. */
	public void startListing(PageState first) {
		earlier.clear();
		page = first;
	}

	/** Moving forward: remember where the current page started so prev can return to it. */
	public void advanceTo(PageState next) {
		earlier.push(page.start());
		page = next;
	}

	/** Where the page before the current one started, if there is one. */
	public Optional<Position> previousStart() {
		return Optional.ofNullable(earlier.peek());
	}

	/** Moving back: the page shown replaces the current one and leaves the stack. */
	public void backTo(PageState previous) {
		earlier.pop();
		page = previous;
	}

	/** Pages before the current one (the depth of the prev stack). */
	public int depth() {
		return earlier.size();
	}

	/** Row {@code n} (1-based) of the current page. */
	public Optional<Import> row(int n) {
		if (page == null || n < 1 || n > page.items().size()) {
			return Optional.empty();
		}
		return Optional.of(page.items().get(n - 1));
	}

	public List<String> currentIds() {
		return page == null ? List.of() : page.items().stream().map(Import::id).toList();
	}

	public Set<String> statusFilter() {
		return statusFilter;
	}

	public void setStatusFilter(Set<String> statuses) {
		this.statusFilter = Set.copyOf(statuses);
	}

	public boolean exitRequested() {
		return exitRequested;
	}

	public void requestExit() {
		exitRequested = true;
	}
}
