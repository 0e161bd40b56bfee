package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.api.ImportWalk;
import dev.exashell.api.ImportsApi;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.ImportListRenderer;
import dev.exashell.render.PageSink;
import dev.exashell.render.WalkProgress;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code list --all}: walks every page of 200 ({@link ImportWalk}, which stops a server paging in
 * a loop), printing each page's imports (those matching the status filter, if any) as it arrives
 * and holding only the current page, so memory stays flat however many imports there are. On a
 * terminal a walk longer than a second keeps a progress line on stderr. The session's current
 * page is left as it was.
 */
public final class AllPages {

	private static final int PAGE_SIZE = 200;

	private final Supplier<ImportsApi> api;
	private final IoSource io;
	private final OutputFormat format;

	public AllPages(Supplier<ImportsApi> api, IoSource io, OutputFormat format) {
		this.api = api;
		this.io = io;
		this.format = format;
	}

	public void stream(ListRequest request, long maxItems) {
		stream(request, maxItems, format);
	}

	/** As {@link #stream(ListRequest, long)}, in a format given for this command only. */
	public void stream(ListRequest request, long maxItems, OutputFormat format) {
		Io out = io.io();
		PageSink sink = new ImportListRenderer(out).openList(format);
		ImportWalk walk = new ImportWalk(api.get(), PAGE_SIZE, request.start().cursor(), request.start().skip());
		WalkProgress progress = new WalkProgress(out);
		long shown = 0;
		try {
			while (!walk.finished() && shown < maxItems && !Thread.currentThread().isInterrupted()) {
				List<Import> items = walk.nextPage().stream()
					.filter(item -> StatusFilter.matches(request.statuses(), item)).toList();
				if (shown + items.size() > maxItems) {
					items = items.subList(0, (int) (maxItems - shown));
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
		sink.close(more, more && walk.lastPage() != null ? walk.lastPage().nextCursor() : null);
		out.flush();
	}
}
