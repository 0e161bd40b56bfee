package dev.exashell.session;

import dev.exashell.api.Import;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one shell session remembers between commands: the API key and base URL, the current page
 * and the cursors of the pages before it (for {@code prev}), the active status filter, and the
 * imports seen lately (for Tab completion). The base URL and key are worked out on first use, so a
 * config file that must be refused is refused by a command, with its message, not at start-up.
 * Commands run one at a time, so this is deliberately not thread-safe.
 */
public final class Session {

	private static final int SEEN_LIMIT = 1000;

	private final Supplier<Origin> resolver;
	private Origin origin;
	private final boolean sandbox;
	private final Map<String, Import> seen = new LinkedHashMap<>();
	private PageState page;
	private final Deque<Position> earlier = new ArrayDeque<>();
	private Set<String> statusFilter = Set.of();
	private boolean exitRequested;

	public Session(URI baseUrl, boolean sandbox, ApiKey apiKey) {
		this(sandbox, () -> new Origin(baseUrl, apiKey, sandbox ? null : "default"));
	}

	/** @param resolver works out the base URL and key when they are first needed; may throw */
	public Session(boolean sandbox, Supplier<Origin> resolver) {
		this.sandbox = sandbox;
		this.resolver = resolver;
	}

	private Origin origin() {
		if (origin == null) {
			origin = resolver.get();
		}
		return origin;
	}

	public Optional<ApiKey> apiKey() {
		return Optional.ofNullable(origin().key());
	}

	public void useKey(ApiKey key) {
		origin = origin().withKey(key);
	}

	public void forgetKey() {
		origin = origin().withKey(null);
	}

	/** When there is no key: why, if the profile explains it (named but not saved, or saved without a key). */
	public Optional<MissingKey> missingKey() {
		return apiKey().isPresent() ? Optional.empty() : Optional.ofNullable(origin().missingKey());
	}

	public URI baseUrl() {
		return origin().baseUrl();
	}

	/** The profile the base URL and key were chosen by; empty for the embedded sandbox. */
	public Optional<String> profile() {
		return Optional.ofNullable(origin().profile());
	}

	/** Talk to another base URL or as another key (profile use); a new base URL forgets the listing. */
	public void switchTo(Origin next) {
		if (!next.baseUrl().equals(origin().baseUrl())) {
			page = null;
			earlier.clear();
			seen.clear();
		}
		origin = next;
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
		first.items().forEach(this::remember);
	}

	/** Moving forward: remember where the current page started so prev can return to it. */
	public void advanceTo(PageState next) {
		earlier.push(page.start());
		page = next;
		next.items().forEach(this::remember);
	}

	/** Where the page before the current one started, if there is one. */
	public Optional<Position> previousStart() {
		return Optional.ofNullable(earlier.peek());
	}

	/** Moving back: the page shown replaces the current one and leaves the stack. */
	public void backTo(PageState previous) {
		earlier.pop();
		page = previous;
		previous.items().forEach(this::remember);
	}

	/** Keep {@code item} among the imports Tab offers (shown, created, updated or listed). */
	public void remember(Import item) {
		seen.remove(item.id());
		seen.put(item.id(), item);
		if (seen.size() > SEEN_LIMIT) {
			seen.remove(seen.keySet().iterator().next());
		}
	}

	/** Stop offering an import (deleted). */
	public void forget(String id) {
		seen.remove(id);
	}

	/** The imports seen lately, most recent first. */
	public List<Import> seen() {
		List<Import> recent = new ArrayList<>(seen.values());
		Collections.reverse(recent);
		return recent;
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
