package dev.exashell.imports;

import dev.exashell.api.ApiIoException;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.ExaException;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.UnreadableCreateAnswerException;
import dev.exashell.cli.CliException;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.LineTokenizer;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLHandshakeException;

/**
 * When the answer to create is lost after the server may have acted (the connection failed once
 * the request was sent, or a 2xx came with a body that cannot be read), POST is not retried. A 2xx
 * whose cut-off body still holds the id names the import; otherwise the newest imports are
 * listed (GET, which the client retries) for pending ones created since just before the request
 * that match it (title, format, entity, count, metadata), and the user is told what exists and
 * how to delete it. The server's {@code createdAt} is compared with
 * this machine's time less {@link #CLOCK_SKEW}; the walk stops at the first page that reaches
 * back before that.
 */
final class LostCreateAnswer {

	static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
	static final int PAGE_SIZE = 50;
	static final int MAX_PAGES = 20;

	private LostCreateAnswer() {
	}

	/**
	 * What to throw for {@code failure} of the create sent at {@code sent}: {@code failure} itself
	 * when nothing can have been created.
	 */
	static RuntimeException explain(ImportsApi client, CreateImportRequest request, Instant sent, ExaException failure) {
		boolean created = failure instanceof UnreadableCreateAnswerException;
		if (Thread.currentThread().isInterrupted() || !created && !mayHaveActed(failure)) {
			return failure;
		}
		String knownId = created ? ((UnreadableCreateAnswerException) failure).id() : null;
		List<String> ids = knownId == null ? List.of() : List.of(knownId);
		ExaException lookupFailure = null;
		if (knownId == null) {
			try {
				ids = lookup(client, request, sent.minus(CLOCK_SKEW));
			}
			catch (ExaException e) {
				lookupFailure = e;
			}
		}
		if (ids.size() == 1) {
			return lost("the answer to create was lost, but the import exists: " + ids.get(0) + " (pending, not uploaded)",
					"delete it with: exa-shell delete " + LineTokenizer.quote(ids.get(0)) + " --yes");
		}
		if (ids.size() > 1) {
			return lost("the answer to create was lost, but " + ids.size() + " imports that match it exist: "
					+ String.join(", ", ids) + " (pending, not uploaded)",
					"delete the ones you do not want with: exa-shell delete ID --yes");
		}
		if (created) {
			return lost("the answer to create was lost, but the import exists (HTTP "
					+ ((UnreadableCreateAnswerException) failure).status() + "); its id could not be read",
					"it is pending and not uploaded: find it with exa-shell list");
		}
		if (lookupFailure != null) {
			return lost("the answer to create was lost (" + failure.getMessage() + "), and looking for the import it may"
					+ " have created failed (" + ErrorReporter.describe(lookupFailure).message() + ")",
					"check with exa-shell list before you run create again");
		}
		return lost("the answer to create was lost (" + failure.getMessage() + "); no import matching it was found",
				"it was most likely not created: run create again");
	}

	/** An I/O failure after the request may have reached the server (not one while connecting). */
	private static boolean mayHaveActed(ExaException failure) {
		if (!(failure instanceof ApiIoException)) {
			return false;
		}
		for (Throwable t = failure.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
					|| t instanceof UnresolvedAddressException || t instanceof SSLHandshakeException
					|| t instanceof InterruptedException) {
				return false;
			}
		}
		return true;
	}

	/** The ids of the pending imports created since {@code since} that match {@code request}, newest first. */
	static List<String> lookup(ImportsApi client, CreateImportRequest request, Instant since) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> cursors = new HashSet<>();
		String cursor = null;
		for (int pages = 0; pages < MAX_PAGES; pages++) {
			ImportPage page = client.list(cursor, PAGE_SIZE);
			Instant oldest = null;
			for (Import item : page.data()) {
				if (matches(item, request, since)) {
					ids.add(item.id());
				}
				if (item.createdAt() != null && (oldest == null || item.createdAt().isBefore(oldest))) {
					oldest = item.createdAt();
				}
			}
			if (page.isLast() || oldest == null || oldest.isBefore(since) || !cursors.add(page.nextCursor())) {
				break;
			}
			cursor = page.nextCursor();
		}
		return List.copyOf(ids);
	}

	private static boolean matches(Import item, CreateImportRequest request, Instant since) {
		return item.createdAt() != null && !item.createdAt().isBefore(since)
				&& item.status() != null && item.status().value().equalsIgnoreCase("pending")
				&& Objects.equals(item.format(), request.format())
				&& item.entity() != null && Objects.equals(item.entity().type(), request.entity().type())
				&& Objects.equals(item.entity().description(), request.entity().description())
				&& Objects.requireNonNullElse(item.title(), "").equals(Objects.requireNonNullElse(request.title(), ""))
				&& item.count() == request.count()
				&& item.metadata().equals(Objects.requireNonNullElse(request.metadata(), Map.of()));
	}

	private static CliException lost(String message, String hint) {
		return new CliException(ExitCodes.API_ERROR, message, hint);
	}
}
