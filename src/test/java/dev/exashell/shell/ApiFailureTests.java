package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the user sees when the key is missing or refused, or the API fails: one line, a hint, the exit code. */
class ApiFailureTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void withoutAKeyNothingIsSentAndTheExitCodeIs4() {
		TestShell shell = TestShell.withKey(sandbox, null);

		assertThat(shell.run("list")).isEqualTo(new Result(4, "", """
				error: no API key is set
				hint: export EXA_API_KEY=<your key>, run login, or start with --sandbox
				"""));
		assertThat(shell.run("show imp_x").code()).isEqualTo(4);
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void aRefusedKeyExitsWith4() {
		TestShell shell = TestShell.withKey(sandbox, "not-the-key");

		assertThat(shell.run("list")).isEqualTo(new Result(4, "", """
				error: the API key was refused (HTTP 401: Invalid API key: the x-api-key header is invalid)
				hint: set EXA_API_KEY to a valid key, or run login
				"""));
		assertThat(sandbox.requests()).singleElement().satisfies(r -> assertThat(r.header("x-api-key")).isEqualTo("not-the-key"));
	}

	@Test
	void aServerErrorOnEveryTryExitsWith1AfterTheRetries() {
		sandbox.setFaults("500:1");
		TestShell shell = TestShell.piped(sandbox);

		Result result = shell.run("list --limit 5");

		List<RecordedRequest> requests = sandbox.requests();
		assertThat(requests).hasSize(3).allSatisfy(r -> assertThat(r.query()).isEqualTo("limit=5"));
		assertThat(result).isEqualTo(new Result(1, "", "error: the API answered HTTP 500: Internal server error "
				+ "(injected by the sandbox) [request " + requests.get(2).requestId() + "]\nhint: try again in a moment\n"));
	}

	@Test
	void aFailedCommandLeavesTheSessionAsItWas() {
		TestShell shell = TestShell.piped(sandbox);
		String page = shell.run("list --limit 5").out();
		sandbox.setFaults("script:500,500,500");

		assertThat(shell.run("next").code()).isEqualTo(1);
		assertThat(shell.run("show 1").code()).isZero();
		assertThat(shell.run("prev")).isEqualTo(new Result(0, "", "already at the first page\n"));
		assertThat(shell.run("list --limit 5").out()).isEqualTo(page);
	}

	@Test
	void aTransientFailureIsRetriedAndNotShown() {
		sandbox.setFaults("script:503,500");
		TestShell shell = TestShell.piped(sandbox);

		Result result = shell.run("list --limit 2");

		assertThat(result.code()).isZero();
		assertThat(result.outLines()).hasSize(2);
		assertThat(result.err()).isEmpty();
		assertThat(sandbox.requests()).hasSize(3);
	}
}
