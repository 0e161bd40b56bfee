package dev.exashell.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.History;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-shot and script runs open a terminal only when a command needs one, with the prompt's saved history. */
class TerminalOnDemandTests {

	@TempDir
	Path dir;

	@Test
	void theLineReaderHasTheHistoryThePromptSavedAndTheHookRunsOnceBeforeTheTerminalOpens() throws Exception {
		String saved = "1700000000000:list --limit 5\n1700000000001:status\n";
		Path file = Files.writeString(dir.resolve("history"), saved);
		AtomicInteger opened = new AtomicInteger();

		try (TerminalOnDemand terminal = new TerminalOnDemand(file, opened::incrementAndGet)) {
			assertThat(opened).hasValue(0);
			List<String> lines = new ArrayList<>();
			for (History.Entry entry : terminal.lineReader().getHistory()) {
				lines.add(entry.line());
			}
			terminal.width();

			assertThat(lines).containsExactly("list --limit 5", "status");
			assertThat(opened).hasValue(1);
		}
		assertThat(Files.readString(file)).isEqualTo(saved);
	}

	@Test
	void closingWhatWasNeverOpenedOpensNothing() {
		AtomicInteger opened = new AtomicInteger();

		new TerminalOnDemand(dir.resolve("history"), opened::incrementAndGet).close();

		assertThat(opened).hasValue(0);
	}
}
