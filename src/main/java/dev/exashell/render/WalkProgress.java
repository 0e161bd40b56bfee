package dev.exashell.render;

import dev.exashell.cli.Io;
import java.time.Duration;
import java.time.Instant;

/**
 * The live line a walk through many pages keeps on stderr on a terminal:
 * {@code fetched 3 pages · 600 imports · 12 matched…} (matches only for a filter). It appears once
 * the walk has taken {@link #DELAY} by the {@link Io}'s clock, is redrawn in place after each
 * page and is erased by {@link #clear()}, before anything else is printed and at the end.
 */
public final class WalkProgress {

	static final Duration DELAY = Duration.ofSeconds(1);

	private final Io io;
	private final Instant start;
	private boolean shown;

	public WalkProgress(Io io) {
		this.io = io;
		this.start = io.clock().instant();
	}

	/** After a page: {@code matched} is null when nothing is filtered. */
	public void update(int pages, long imports, Long matched) {
		if (!io.tty() || Duration.between(start, io.clock().instant()).compareTo(DELAY) < 0) {
			return;
		}
		String text = "fetched " + TerminalText.count(pages, "page", "pages") + " · "
				+ TerminalText.count(imports, "import", "imports")
				+ (matched == null ? "" : " · " + TerminalText.thousands(matched) + " matched");
		io.out().flush();
		io.err().print("\r" + text + "…\033[K");
		io.err().flush();
		shown = true;
	}

	/** Erases the line if it is showing. */
	public void clear() {
		if (shown) {
			io.err().print("\r\033[K");
			io.err().flush();
			shown = false;
		}
	}
}
