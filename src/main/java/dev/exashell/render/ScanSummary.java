package dev.exashell.render;

/**
 * What a client-side filter looked at: pages fetched, imports examined, imports that matched.
 * Rendered as {@code scanned 3 pages · 512 imports · 25 matched}.
 */
public record ScanSummary(int pages, long scanned, long matched) {

	public String text() {
		return "scanned " + TerminalText.count(pages, "page", "pages") + " · "
				+ TerminalText.count(scanned, "import", "imports") + " · " + TerminalText.thousands(matched) + " matched";
	}
}
