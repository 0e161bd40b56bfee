package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.watch.WatchOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The live table of a watch of several imports: a header line with the counts per status, then
 * one row per import (those still active first, at most {@value #MAX_ROWS}):
 *
 * <pre>
 * ⠋ 3 imports · 1 completed · 1 processing · 1 pending · 4s · next poll in 3s
 *   ● processing  imp_2  Press contacts
 *   ○ pending     imp_3  Leads
 *   ✓ completed   imp_1  Q3 leads
 * </pre>
 */
final class WatchTable {

	static final int MAX_ROWS = 12;

	private static final List<String> ORDER = List.of("completed", "failed", "processing", "pending");

	private final List<String> ids;
	private final Map<String, Import> last;
	private final boolean color;
	private final int width;

	WatchTable(List<String> ids, Map<String, Import> last, boolean color, int width) {
		this.ids = ids;
		this.last = last;
		this.color = color;
		this.width = width;
	}

	List<String> frame(String prefix, String tail) {
		List<String> lines = new ArrayList<>();
		lines.add(fit(prefix + TerminalText.count(ids.size(), "import", "imports") + counts() + " · " + tail, width));
		List<String> shown = ids.stream().sorted(Comparator.comparing(this::finished)).limit(MAX_ROWS).toList();
		int labelWidth = shown.stream().mapToInt(id -> TerminalText.width(label(id))).max().orElse(0);
		int idWidth = shown.stream().mapToInt(id -> TerminalText.width(TerminalText.safe(id))).max().orElse(0);
		for (String id : shown) {
			String label = label(id);
			String rest = " ".repeat(labelWidth - TerminalText.width(label)) + "  " + TerminalText.safe(id)
					+ " ".repeat(idWidth - TerminalText.width(TerminalText.safe(id)));
			Import item = last.get(id);
			String title = item == null || item.title() == null || item.title().isEmpty() ? "" : TerminalText.safe(item.title());
			int room = width > 0 ? width - 1 - TerminalText.width("  " + label + rest) - 2 : Integer.MAX_VALUE;
			rest = title.isEmpty() || room < 6 ? rest.stripTrailing() : rest + "  " + TerminalText.truncate(title, room);
			String row = "  " + label + rest;
			String fitted = fit(row, width);
			lines.add(color && item != null && fitted.equals(row) ? "  " + StatusStyle.render(item.status(), true) + rest
					: fitted);
		}
		if (ids.size() > shown.size()) {
			lines.add("  … and " + TerminalText.thousands(ids.size() - shown.size()) + " more");
		}
		return lines;
	}

	/** The closing summary of several imports, e.g. {@code 3 imports · 2 completed · 1 failed · watched 1m05s}. */
	String summary(List<WatchOutcome> outcomes, String watched) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List.of("completed", "failed").forEach(word -> counts.put(word, 0));
		for (WatchOutcome outcome : outcomes) {
			String word = switch (outcome.kind()) {
				case COMPLETED -> "completed";
				case FAILED -> outcome.last().status().value();
				case TIMED_OUT -> "timed out";
				case INTERRUPTED -> "interrupted";
				case NOT_FOUND -> "not found";
				case AUTH -> "refused";
				case ERROR -> "API errors";
			};
			counts.merge(TerminalText.safe(word), 1, Integer::sum);
		}
		StringBuilder line = new StringBuilder(TerminalText.count(outcomes.size(), "import", "imports"));
		counts.forEach((word, n) -> {
			if (n > 0) {
				line.append(" · ").append(TerminalText.thousands(n)).append(' ').append(word);
			}
		});
		return line.append(" · watched ").append(watched).toString();
	}

	/** {@code text} cut to {@code width - 1} columns, so the cursor never wraps; 0 or less: no limit. */
	static String fit(String text, int width) {
		return width > 0 ? TerminalText.truncate(text, width - 1) : text;
	}

	private String counts() {
		Map<String, Integer> byStatus = new TreeMap<>(Comparator.comparingInt((String s) -> ORDER.contains(s)
				? ORDER.indexOf(s) : ORDER.size()).thenComparing(Comparator.naturalOrder()));
		int unread = 0;
		for (String id : ids) {
			Import item = last.get(id);
			if (item == null) {
				unread++;
			}
			else {
				byStatus.merge(TerminalText.safe(item.status().value()), 1, Integer::sum);
			}
		}
		StringBuilder text = new StringBuilder();
		byStatus.forEach((status, n) -> text.append(" · ").append(TerminalText.thousands(n)).append(' ').append(status));
		if (unread > 0) {
			text.append(" · ").append(TerminalText.thousands(unread)).append(" not read yet");
		}
		return text.toString();
	}

	private String label(String id) {
		Import item = last.get(id);
		return item == null ? "… not read yet" : StatusStyle.label(item.status());
	}

	private boolean finished(String id) {
		Import item = last.get(id);
		return item != null && !item.status().isActive();
	}
}
