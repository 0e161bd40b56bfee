package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A base URL without {@code /websets} is reported as a configuration error naming the URL tried, not as a missing import. */
class WrongBaseUrlTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void listAgainstTheServersRootSaysTheBaseUrlShouldEndInWebsets() {
		String root = "http://127.0.0.1:" + sandbox.baseUrl().getPort();
		TestShell shell = TestShell.at(URI.create(root + "/"), OutputFormat.AUTO);

		assertThat(shell.run("list --limit 5")).isEqualTo(new Result(1, "", "error: no Imports API at " + root
				+ "/v0/imports (HTTP 404: No route for GET /v0/imports)\n"
				+ "hint: check the base URL: it should end in /websets, as https://api.exa.ai/websets does\n"));
	}

	@Test
	void credentialsInTheBaseUrlAreMaskedInTheMessage() {
		String port = String.valueOf(sandbox.baseUrl().getPort());
		TestShell shell = TestShell.at(URI.create("http://admin:hunter2@127.0.0.1:" + port + "/"), OutputFormat.AUTO);

		assertThat(shell.run("list").err()).startsWith("error: no Imports API at http://****@127.0.0.1:" + port
				+ "/v0/imports (HTTP 404").doesNotContain("hunter2");
	}

	@Test
	void anImportTheApiDoesNotKnowIsStillNotFoundWithExit3() {
		assertThat(TestShell.piped(sandbox).run("show imp_missing").code()).isEqualTo(3);
	}
}
