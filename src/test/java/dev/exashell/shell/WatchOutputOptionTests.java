package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code watch} takes {@code -o} after its name, as the other commands do. */
class WatchOutputOptionTests {

	private final WatchFixture fixture = WatchFixture.empty();

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void dashOJsonlAfterTheCommandGivesJsonEventsOverTheGlobalFormat() {
		String id = fixture.uploaded("Bad", WatchFixture.NO_URLS_CSV);
		fixture.time.advance(Duration.ofSeconds(5));
		String message = fixture.api.get(id).failedMessage();

		Result result = fixture.shell(OutputFormat.TABLE, true).run("watch " + id + " -o jsonl");

		assertThat(result.out()).isEqualTo("{\"time\":\"2026-11-30T12:00:05Z\",\"id\":\"" + id
				+ "\",\"status\":\"failed\",\"previousStatus\":null,\"failedReason\":\"missing_identifier\",\"failedMessage\":\""
				+ message + "\",\"failedAt\":\"2026-11-30T12:00:03.000Z\"}\n");
		assertThat(result.code()).isEqualTo(5);
	}

	@Test
	void anUnknownFormatIsRefusedBeforeAnyRequest() {
		String id = fixture.uploaded("Bad", WatchFixture.NO_URLS_CSV);
		int before = fixture.requestCount();

		Result result = fixture.piped().run("watch " + id + " -o yaml");

		assertThat(result).isEqualTo(new Result(2, "", "error: unknown output format 'yaml'\n"
				+ "hint: use one of: table, tsv, json, jsonl, csv\n"));
		assertThat(fixture.requestCount()).isEqualTo(before);
	}
}
