package dev.exashell.imports;

import dev.exashell.api.ImportPage;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OutputFormat;
import dev.exashell.render.ImportListRenderer;
import dev.exashell.render.ScanSummary;
import dev.exashell.session.PageState;
import dev.exashell.session.Position;

/**
 * Hands a page to the list renderer. A plain page goes out as the API returned it; a filtered
 * page keeps the API's shape with {@code data} filtered, {@code hasMore} telling whether the scan
 * can go on and {@code nextCursor} the cursor it resumes from ({@link Position#token()}: the API's
 * cursor, or with the offset inside that API page encoded), never null while {@code hasMore}.
 */
final class PageView {

	private final IoSource io;
	private final OutputFormat format;

	public PageView(IoSource io, OutputFormat format) {
		this.io = io;
		this.format = format;
	}

	/** Shows one page of a listing in {@code format} (the command's {@code -o}, else the global one: {@link #format()}). */
	public void show(PageResult result, OutputFormat format) {
		PageState page = result.page();
		ImportListRenderer renderer = new ImportListRenderer(io.io());
		if (!result.filtered() && page.start().skip() == 0) {
			renderer.render(new ImportPage(page.items(), page.apiHasMore(), page.apiNextCursor()), format);
			return;
		}
		ImportPage shown = new ImportPage(page.items(), page.next() != null, page.next() == null ? null : page.next().token());
		if (!result.filtered()) {
			renderer.render(shown, format);
			return;
		}
		PageResult.ScanStats scan = result.scan();
		renderer.render(shown, format, new ScanSummary(scan.pages(), scan.scanned(), scan.matched()));
	}

	public OutputFormat format() {
		return format;
	}
}
