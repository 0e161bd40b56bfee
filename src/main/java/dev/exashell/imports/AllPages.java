package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.ImportListRenderer;
import dev.exashell.render.PageSink;
import dev.exashell.session.PageState;
import dev.exashell.session.Position;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code list --all}: walks every page, printing each as it arrives and holding only the current
 * one, so memory stays flat however many imports there are. On a terminal a progress line on
 * stderr says how far it got. The session's current page is left as it was.
 */
public final class AllPages {

	private static final int PAGE_SIZE = 200;

	private final Supplier<PageFetcher> fetcher;
	private final IoSource io;
	private final OutputFormat format;

	public AllPages(Supplier<PageFetcher> fetcher, IoSource io, OutputFormat format) {
		this.fetcher = fetcher;
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
		ListRequest pageRequest = new ListRequest(request.filtered() ? request.limit() : PAGE_SIZE, request.start(),
				request.statuses(), request.maxPages());
		long shown = 0;
		int pages = 0;
		Position at = request.start();
		PageState last = null;
		while (at != null && shown < maxItems && !Thread.currentThread().isInterrupted()) {
			last = fetcher.get().fetch(pageRequest.from(at)).page();
			pages++;
			List<Import> items = last.items();
			if (shown + items.size() > maxItems) {
				items = items.subList(0, (int) (maxItems - shown));
			}
			clearProgress(out);
			sink.page(items, (int) shown + 1);
			shown += items.size();
			at = last.next();
			if (at != null && shown < maxItems) {
				progress(out, pages, shown);
			}
		}
		clearProgress(out);
		boolean more = at != null;
		sink.close(more, more && last != null ? at.cursor() : null);
		out.flush();
	}

	private void progress(Io out, int pages, long shown) {
		if (out.tty()) {
			out.out().flush();
			out.err().print("fetched " + pages + " pages · " + shown + " imports…");
			out.err().flush();
		}
	}

	private void clearProgress(Io out) {
		if (out.tty()) {
			out.err().print("\r\033[K");
			out.err().flush();
		}
	}
}
