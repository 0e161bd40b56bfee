package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.api.NotFoundException;
import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** update (one PATCH) and delete, which is never silent: it asks on a terminal and refuses in scripts. */
class UpdateDeleteTests {

	private static SandboxServer sandbox;
	private static ExaClient api;

	@TempDir
	Path dir;

	@BeforeAll
	static void startSandbox() {
		sandbox = TestShell.startSandbox();
		api = TestShell.direct(sandbox);
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@BeforeEach
	void resetSandbox() {
		sandbox.reset();
	}

	private static String id(int row) {
		return api.list(null, 5).data().get(row - 1).id();
	}

	private static boolean exists(String id) {
		try {
			api.get(id);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	@Test
	void updateSendsOnePatchWithWhatWasGivenAndShowsTheResult() {
		String id = id(2);
		TestShell shell = TestShell.of(sandbox, OutputFormat.JSON, false);
		shell.run("list --limit 5");
		sandbox.reset();

		Result result = shell.run("update 2 --title 'Cleaned up' --metadata team=growth");

		assertThat(result.code()).isZero();
		assertThat(result.err()).isEqualTo("updated " + id + "\n");
		Import updated = CreateTests.JSON.readValue(result.out(), Import.class);
		assertThat(updated.title()).isEqualTo("Cleaned up");
		assertThat(updated.metadata()).isEqualTo(Map.of("team", "growth"));
		RecordedRequest patch = sandbox.requests().get(0);
		assertThat(patch.method() + " " + patch.path()).isEqualTo("PATCH /websets/v0/imports/" + id);
		assertThat(CreateTests.JSON.readTree(patch.bodyText()).toString())
			.isEqualTo("{\"title\":\"Cleaned up\",\"metadata\":{\"team\":\"growth\"}}");
		assertThat(shell.run("update " + id + " -o tsv --title Again").out()).contains("title\tAgain\n");
	}

	@Test
	void updateWithNothingToChangeIsAUsageError() {
		Result result = TestShell.piped(sandbox).run("update imp_x");

		assertThat(result).isEqualTo(new Result(2, "", "error: update needs --title or --metadata (or both)\n"
				+ "hint: usage: update <id|row> [--title T] [--metadata KEY=VALUE] [-o, --output FORMAT]\n"));
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void inAScriptDeleteWithoutYesIsRefusedAndNothingIsDeleted() throws Exception {
		String id = id(1);
		Path script = Files.writeString(dir.resolve("cleanup.exa"), "delete " + id + "\n");

		sandbox.reset();

		Result result = TestShell.answering(sandbox, "y").run("script " + script);

		assertThat(result).isEqualTo(new Result(2, "", script + ":1: not deleting " + id
				+ ": in a script, delete needs --yes\nhint: add --yes to delete without asking: delete " + id + " --yes\n"));
		assertThat(sandbox.requests()).isEmpty();
		assertThat(exists(id)).isTrue();
	}

	@Test
	void withoutATerminalDeleteWithoutYesIsRefused() {
		String id = id(1);

		Result result = TestShell.piped(sandbox).run("delete " + id);

		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).startsWith("error: not deleting " + id + ": there is no terminal to confirm on\n");
		assertThat(exists(id)).isTrue();
	}

	@Test
	void yesDeletesWithoutAskingAndPipedOutputIsTheDeletedImport() {
		String id = id(1);

		Result result = TestShell.piped(sandbox).run("delete " + id + " --yes");

		assertThat(result.code()).isZero();
		assertThat(result.err()).startsWith("deleted " + id + " · '");
		assertThat(result.out()).startsWith("id\t" + id + "\n");
		assertThat(exists(id)).isFalse();
	}

	@Test
	void onATerminalYOrTheIdConfirmsAndAnythingElseCancels() {
		TestShell shell = TestShell.answering(sandbox, "n");
		shell.run("list --limit 5");
		String first = id(1);
		String second = id(2);

		Result cancelled = shell.run("delete 1");
		assertThat(cancelled).isEqualTo(new Result(0, "", "not deleted: " + first + " is unchanged\n"));
		assertThat(exists(first)).isTrue();

		TestShell yes = TestShell.answering(sandbox, "y");
		yes.run("list --limit 5");
		assertThat(yes.run("delete 1")).satisfies(r -> {
			Assertions.assertThat(r.code()).isZero();
			Assertions.assertThat(r.out()).isEmpty();
			Assertions.assertThat(r.err()).startsWith("deleted " + first + " · '");
		});
		assertThat(exists(first)).isFalse();

		assertThat(TestShell.answering(sandbox, second).run("delete " + second).code()).isZero();
		assertThat(exists(second)).isFalse();
		assertThat(TestShell.answering(sandbox, "").run("delete " + id(1)).err()).startsWith("not deleted: ");
	}
}
