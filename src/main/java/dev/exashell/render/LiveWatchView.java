package dev.exashell.render;

import dev.exashell.api.Import;
import dev.exashell.cli.Io;
import dev.exashell.watch.WatchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code watch} on a terminal. While it runs, stderr shows one line redrawn in place for one
 * import ({@code \r}, the line, {@code ESC[K}), or a table for several (cursor up over the last
 * frame, the frame, {@code ESC[J}); it is redrawn after every round and every second of a wait.
 * Warnings are printed above it. At the end the frame is erased and stdout gets one closing line
 * per import, stderr at most one hint. Lines are cut to the terminal width, so nothing wraps.
 */
final class LiveWatchView implements WatchView {

	private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

	private final Io io;
	private final List<String> ids;
	private final Instant start;
	private final Map<String, Import> last = new HashMap<>();
	private final WatchTable table;
	private int frames;
	private int drawn;

	LiveWatchView(Io io, List<String> ids, Instant start) {
		this.io = io;
		this.ids = ids.stream().distinct().toList();
		this.start = start;
		this.table = new WatchTable(this.ids, last, io.color(), io.width());
	}

	@Override
	public boolean live() {
		return true;
	}

	@Override
	public void onPoll(Import current) {
		last.put(current.id(), current);
	}

	@Override
	public void onWaiting(Duration nextPollIn) {
		draw(nextPollIn);
	}

	@Override
	public void tick(Duration nextPollIn) {
		draw(nextPollIn);
	}

	@Override
	public void onWarning(String message) {
		erase();
		io.err().print("warning: " + TerminalText.safe(message) + "\n");
		io.err().flush();
	}

	@Override
	public void onTransientError(String message, Duration retryIn) {
		erase();
		io.err().print(WatchText.retryWarning(message, retryIn));
		draw(retryIn);
	}

	@Override
	public void finish(List<WatchOutcome> outcomes) {
		erase();
		Duration watched = watched();
		for (WatchOutcome outcome : outcomes) {
			WatchText.closing(outcome, watched, io.color()).ifPresent(line -> io.out().print(line + "\n"));
		}
		io.out().flush();
		if (ids.size() > 1) {
			io.err().print(table.summary(outcomes, Durations.format(watched)) + "\n");
		}
		WatchText.hint(outcomes).ifPresent(hint -> io.err().print("hint: " + hint + "\n"));
		io.err().flush();
	}

	private void draw(Duration nextPollIn) {
		String spinner = String.valueOf(SPINNER.charAt(frames++ % SPINNER.length()));
		String tail = Durations.format(watched()) + " · next poll in " + WatchText.countdown(nextPollIn);
		StringBuilder out = new StringBuilder();
		if (ids.size() == 1) {
			out.append('\r').append(single(spinner, tail)).append("\033[K");
			drawn = 1;
		}
		else {
			List<String> lines = table.frame(spinner + " ", tail);
			out.append(up(drawn));
			lines.forEach(line -> out.append('\r').append(line).append("\033[K\n"));
			out.append("\033[J");
			drawn = lines.size();
		}
		io.err().print(out);
		io.err().flush();
	}

	/** {@code ⠋ imp_1 · Leads · ○ pending · 4s · next poll in 3s}; the title shrinks (or goes) to fit. */
	private String single(String spinner, String tail) {
		String id = TerminalText.safe(ids.get(0));
		Import item = last.get(ids.get(0));
		if (item == null) {
			return WatchTable.fit(spinner + " " + id + " · waiting for the API · " + tail, io.width());
		}
		String label = StatusStyle.label(item.status());
		String title = TerminalText.safe(item.title() == null || item.title().isEmpty() ? null : item.title());
		int fixed = TerminalText.width(spinner + " " + id + " ·  · " + label + " · " + tail);
		int room = io.width() > 0 ? io.width() - 1 - fixed : Integer.MAX_VALUE;
		Optional<String> shown = room >= 6 ? Optional.of(TerminalText.truncate(title, room)) : Optional.empty();
		String plain = spinner + " " + id + shown.map(t -> " · " + t).orElse("") + " · " + label + " · " + tail;
		String line = WatchTable.fit(plain, io.width());
		if (!line.equals(plain) || !io.color()) {
			return line;
		}
		return spinner + " " + id + shown.map(t -> " · " + t).orElse("") + " · "
				+ StatusStyle.render(item.status(), true) + " · " + tail;
	}

	private void erase() {
		if (drawn == 0) {
			return;
		}
		io.err().print(ids.size() == 1 ? "\r\033[K" : up(drawn) + "\r\033[J");
		io.err().flush();
		drawn = 0;
	}

	private static String up(int lines) {
		return lines == 0 ? "" : "\033[" + lines + "A";
	}

	private Duration watched() {
		return Duration.between(start, io.clock().instant());
	}
}
