package dev.exashell.imports;

import dev.exashell.api.ApiException;
import dev.exashell.api.ApiIoException;
import dev.exashell.api.Import;
import dev.exashell.api.ImportWalk;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.InvalidDataException;
import dev.exashell.cli.CliException;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.ImportListRenderer;
import dev.exashell.render.PageSink;
import dev.exashell.render.WalkProgress;
import dev.exashell.session.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code list --all}: walks every page of 200 ({@link ImportWalk}, which stops a server paging in
 * a loop), printing each page's imports (those matching the status filter, if any) as it arrives
 * and holding only the current page, so memory stays flat however many imports there are. On a
 * terminal a walk longer than a second keeps a progress line on stderr. The session's current
 * page is left as it was.
 *
 * <p>The walk knows where it is to the import ({@link Position}: cursor and offset), so a walk
 * that stops early says where: JSON's {@code nextCursor} resumes after the last import printed,
 * and a request that fails (or Ctrl-C) keeps its error line and gets, as the hint, how many
 * imports were printed and the command that prints the rest.
 */
final class AllPages {

	private final Supplier<ImportsApi> api;
	private final IoSource io;

	public AllPages(Supplier<ImportsApi> api, IoSource io) {
		this.api = api;
		this.io = io;
	}

	/** Streams every page (up to {@code maxItems} imports) in {@code format}, the command's {@code -o} or the global one. */
	public void stream(ListRequest request, long maxItems, OutputFormat format) {
		Io out = io.io();
		PageSink sink = new ImportListRenderer(out).openList(format);
		ImportWalk walk = new ImportWalk(api.get(), Position.SCAN_PAGE, request.start().cursor(), request.start().skip());
		WalkProgress progress = new WalkProgress(out);
		long shown = 0;
		try {
			while (shown < maxItems && !walk.finished()) {
				fetchOrAbandon(walk, request, shown, maxItems, format, sink);
				List<Import> items = new ArrayList<>();
				while (walk.buffered() && shown + items.size() < maxItems) {
					Import item = walk.next();
					if (StatusFilter.matches(request.statuses(), item)) {
						items.add(item);
					}
				}
				progress.clear();
				sink.page(items, (int) shown + 1);
				shown += items.size();
				progress.update(walk.pages(), walk.imports(), request.filtered() ? shown : null);
			}
		}
		finally {
			progress.clear();
		}
		boolean more = !walk.finished();
		sink.close(more, more ? new Position(walk.resumeCursor(), walk.resumeSkip()).token() : null);
		out.flush();
	}

	/** As {@link #fetch}; on a failure what was printed is left well formed (a JSON document closed) first. */
	private void fetchOrAbandon(ImportWalk walk, ListRequest request, long shown, long maxItems, OutputFormat format,
			PageSink sink) {
		try {
			fetch(walk, request, shown, maxItems, format);
		}
		catch (CliException failure) {
			try {
				sink.abandon(new Position(walk.resumeCursor(), walk.resumeSkip()).token());
			}
			catch (RuntimeException closing) {
				failure.addSuppressed(closing);
			}
			throw failure;
		}
	}

	/** The next page; a failure (or Ctrl-C) becomes its own error with where to resume as the hint. */
	private void fetch(ImportWalk walk, ListRequest request, long shown, long maxItems, OutputFormat format) {
		try {
			if (Thread.currentThread().isInterrupted()) {
				throw new CliException(ExitCodes.INTERRUPTED, "interrupted", null);
			}
			walk.fetch();
		}
		catch (ApiIoException | ApiException | InvalidDataException | CliException failure) {
			ErrorReporter.Report report = ErrorReporter.describe(failure);
			Position at = new Position(walk.resumeCursor(), walk.resumeSkip());
			throw new CliException(report.exitCode(), report.message(), at.equals(request.start()) ? report.hint()
					: ResumeHint.text(request, at, shown, maxItems, format));
		}
	}
}
