package dev.exashell.render;

import dev.exashell.api.Import;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * One import as a terminal shows it: labels padded to one fixed width so every view lines up,
 * values escaped for the terminal. A failure (Reason, Message, Failed at) comes straight after
 * Status with bold red labels; metadata is one {@code key: value} line each, in the API's order.
 * A value too long for the terminal goes on below its label, broken between words.
 */
final class DetailView {

	private static final int LABEL_WIDTH = "Failed at".length() + 2;

	private static final AttributedStyle ALARM = AttributedStyle.BOLD.foreground(AttributedStyle.RED);

	private final boolean color;

	private final int width;

	private final List<AttributedString> lines = new ArrayList<>();

	private DetailView(boolean color, int width) {
		this.color = color;
		this.width = width;
	}

	/** The view's lines, each ending in {@code \n}, fitted to {@code width} columns (0 or less: unlimited). */
	static String render(Import i, Instant now, boolean color, int width) {
		DetailView view = new DetailView(color, width);
		view.add("ID", TerminalText.safe(i.id()));
		view.add("Status", new AttributedString(StatusStyle.label(i.status()), StatusStyle.style(i.status())));
		if (hasFailure(i)) {
			view.alarm("Reason", TerminalText.safe(i.failedReason()));
			view.alarm("Message", TerminalText.safe(i.failedMessage()));
			view.alarm("Failed at", Timestamps.withAge(i.failedAt(), now));
		}
		view.add("Title", TerminalText.safe(i.title()));
		view.add("Format", TerminalText.safe(i.format()));
		view.add("Entity", entity(i));
		view.add("Count", TerminalText.thousands(i.count()));
		view.add("Created", Timestamps.withAge(i.createdAt(), now));
		view.add("Updated", Timestamps.withAge(i.updatedAt(), now));
		view.metadata(i.metadata());
		StringBuilder out = new StringBuilder();
		view.lines.forEach((line) -> out.append(color ? line.toAnsi() : line.toString()).append('\n'));
		return out.toString();
	}

	static boolean hasFailure(Import i) {
		return "failed".equals(i.status() == null ? null : i.status().value()) || i.failedReason() != null
				|| i.failedMessage() != null || i.failedAt() != null;
	}

	private static String entity(Import i) {
		if (i.entity() == null) {
			return TerminalText.ABSENT;
		}
		String type = TerminalText.safe(i.entity().type());
		return i.entity().description() == null ? type : type + " — " + TerminalText.safe(i.entity().description());
	}

	private void metadata(Map<String, String> metadata) {
		if (metadata.isEmpty()) {
			add("Metadata", "none");
			return;
		}
		String label = "Metadata";
		for (Map.Entry<String, String> entry : metadata.entrySet()) {
			add(label, TerminalText.safe(entry.getKey()) + ": " + TerminalText.safe(entry.getValue()));
			label = "";
		}
	}

	private void add(String label, String value) {
		add(label, new AttributedString(value));
	}

	private void add(String label, AttributedString value) {
		line(label, AttributedStyle.DEFAULT, value);
	}

	private void alarm(String label, String value) {
		line(label, ALARM, new AttributedString(value));
	}

	private void line(String label, AttributedStyle labelStyle, AttributedString value) {
		List<AttributedString> parts = List.of(value);
		int room = width - LABEL_WIDTH;
		if (width > 0 && value.columnLength() > room && plain(value)) {
			parts = TerminalText.wrap(value.toString(), room).stream().map(AttributedString::new).toList();
		}
		for (AttributedString part : parts) {
			AttributedStringBuilder line = new AttributedStringBuilder();
			line.styled(labelStyle, label).append(" ".repeat(LABEL_WIDTH - label.length())).append(part);
			lines.add(line.toAttributedString());
			label = "";
		}
	}

	/** Only unstyled values are rewrapped (a status is short and keeps its colour). */
	private static boolean plain(AttributedString value) {
		return value.equals(new AttributedString(value.toString()));
	}
}
