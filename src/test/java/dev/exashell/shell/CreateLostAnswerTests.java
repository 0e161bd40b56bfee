package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.cli.OutputFormat;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.FakeClock;
import dev.exashell.testing.TestTime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * create whose answer is lost after the server acted (faults {@code drop} and {@code malformed}):
 * it looks for the import among the newest (GETs, retried; never a second POST) and says what it
 * found, exit 1.
 */
class CreateLostAnswerTests {

	private final FakeClock clock = new FakeClock(TestTime.NOW);
	private final SandboxServer sandbox = TestShell.startSandbox(clock);
	private final ExaClient direct = TestShell.direct(sandbox);

	@TempDir
	Path dir;

	private Path csv;

	/** How many requests the sandbox had recorded before the create under test. */
	private int before;

	@BeforeEach
	void writeFile() throws IOException {
		csv = Files.writeString(dir.resolve("good.csv"), CreateTests.COMPANIES);
	}

	@AfterEach
	void stop() {
		sandbox.close();
	}

	private Result create(String faults) {
		before = sandbox.requests().size();
		sandbox.setFaults(faults);
		Result result = TestShell.watching(sandbox, SandboxOptions.DEFAULT_API_KEY, OutputFormat.TABLE, false, clock,
				wait -> {
				}).run("create " + csv + " --entity company --title DROPTEST");
		sandbox.setFaults("");
		return result;
	}

	private List<String> requests() {
		List<RecordedRequest> all = sandbox.requests();
		return all.subList(before, all.size()).stream().map(RecordedRequest::toString).map(r -> r.replaceAll(" \\(.*", "")).toList();
	}

	/** The newest import titled DROPTEST, as the API has it now. */
	private Import dropTest() {
		return direct.list(null, 50).data().stream().filter(i -> i.title().equals("DROPTEST")).findFirst().orElseThrow();
	}

	private static String found(String id) {
		return "error: the answer to create was lost, but the import exists: " + id + " (pending, not uploaded)\n"
				+ "hint: delete it with: exa-shell delete " + id + " --yes\n";
	}

	@Test
	void aDroppedAnswerIsFoundAmongTheNewestImports() {
		Result result = create("script:drop");

		List<String> sent = requests();
		Import left = dropTest();
		assertThat(result).isEqualTo(new Result(1, "", found(left.id())));
		assertThat(left.status().value()).isEqualTo("pending");
		assertThat(sent).containsExactly("POST /websets/v0/imports", "GET /websets/v0/imports?limit=50");
	}

	@ParameterizedTest
	@ValueSource(strings = { "malformed", "malformed,503,503,503" })
	void a201CutOffAfterTheIdNamesItWithoutLooking(String script) {
		Result result = create("script:" + script);

		List<String> sent = requests();
		Import left = dropTest();
		assertThat(result).isEqualTo(new Result(1, "", found(left.id())));
		assertThat(left.status().value()).isEqualTo("pending");
		assertThat(sent).containsExactly("POST /websets/v0/imports");
	}

	@Test
	void theLookupIsRetriedAsEveryGetIs() {
		Result result = create("script:drop,503,503");

		List<String> sent = requests();
		assertThat(result).isEqualTo(new Result(1, "", found(dropTest().id())));
		assertThat(sent).containsExactly("POST /websets/v0/imports", "GET /websets/v0/imports?limit=50",
				"GET /websets/v0/imports?limit=50", "GET /websets/v0/imports?limit=50");
	}

	@Test
	void whenTheLookupFailsItSaysSoAndDoesNotGuess() {
		Result result = create("script:drop,503,503,503");

		List<String> sent = requests();
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).matches("error: the answer to create was lost \\(connection to 127\\.0\\.0\\.1:\\d+ closed "
				+ "before a complete response\\), and looking for the import it may have created failed "
				+ "\\(the API answered HTTP 503: .*\\)\nhint: check with exa-shell list before you run create again\n");
		assertThat(sent).containsExactly("POST /websets/v0/imports", "GET /websets/v0/imports?limit=50",
				"GET /websets/v0/imports?limit=50", "GET /websets/v0/imports?limit=50");
	}

	@Test
	void whenNothingWasCreatedItSaysSo() {
		Result result = create("script:reset");

		List<String> sent = requests();
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).matches("error: the answer to create was lost \\(.*127\\.0\\.0\\.1:\\d+.*\\); "
				+ "no import matching it was found\nhint: it was most likely not created: run create again\n");
		assertThat(sent).containsExactly("POST /websets/v0/imports", "GET /websets/v0/imports?limit=50");
		assertThat(direct.list(null, 50).data()).noneMatch(i -> i.title().equals("DROPTEST"));
	}

	@Test
	void onlyImportsCreatedSinceTheRequestWasSentAndMatchingItCount() {
		CreateImportRequest same = new CreateImportRequest("csv", new Entity("company", null), 57, 2, "DROPTEST", null, null);
		Import older = direct.create(same).importItem();
		direct.create(new CreateImportRequest("csv", new Entity("company", null), 57, 3, "DROPTEST", null, null));
		direct.create(new CreateImportRequest("csv", new Entity("person", null), 57, 2, "DROPTEST", null, null));
		clock.set(TestTime.NOW.plus(Duration.ofMinutes(10)));
		direct.create(new CreateImportRequest("csv", new Entity("company", null), 57, 2, "DROPTEST 2", null, null));

		Result result = create("script:drop");

		List<String> sent = requests();
		Import left = dropTest();
		assertThat(left.id()).isNotEqualTo(older.id());
		assertThat(result).isEqualTo(new Result(1, "", found(left.id())));
		assertThat(sent).containsExactly("POST /websets/v0/imports", "GET /websets/v0/imports?limit=50");
	}
}
