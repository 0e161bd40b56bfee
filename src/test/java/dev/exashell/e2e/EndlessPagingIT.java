package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Import;
import dev.exashell.e2e.ExaShellJar.Run;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.Expected;
import dev.exashell.shell.TestShell;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built program against a server whose paging never ends (the sandbox's stale-cursor fault). */
class EndlessPagingIT {

	@Test
	void listAllPrintsEachImportOnceThenExitsWith1AfterTwoRequests() throws Exception {
		try (SandboxServer sandbox = TestShell.startSandbox()) {
			List<Import> all = Expected.allImports(TestShell.direct(sandbox));
			String cursor = TestShell.direct(sandbox).list(null, 200).nextCursor();
			sandbox.setFaults("stale-cursor:1");
			int before = sandbox.requests().size();

			Run run = ExaShellJar.run(Map.of("EXA_API_KEY", SandboxOptions.DEFAULT_API_KEY), null,
					Path.of("").toAbsolutePath(), "--base-url", sandbox.baseUrl().toString(), "list", "--all");

			assertThat(run).isEqualTo(new Run(1, Expected.tsv(all.subList(0, 200)), Expected.cursorAgain(cursor, 2, 200)));
			assertThat(sandbox.requests().subList(before, sandbox.requests().size()))
				.extracting(request -> request.method() + " " + request.path() + "?" + request.query())
				.containsExactly("GET /websets/v0/imports?limit=200",
						"GET /websets/v0/imports?cursor=" + cursor + "&limit=200");
		}
	}
}
