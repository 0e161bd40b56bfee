package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.TestTime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request the sandbox received during list, create (POST and upload), show and get: the key
 * went to the API paths in x-api-key and nowhere else: not to the upload URL, not into any path or
 * query, not into a body, and not into anything the shell printed.
 */
class KeyRoutingTests {

	private static final String KEY = "exa-test-key-2f6c1d9a8b7e";

	private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0)
		.withClock(TestTime.CLOCK).withApiKey(KEY));

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		sandbox.close();
	}

	@Test
	void theKeyWentOnlyToTheApiPathsInItsHeader() throws Exception {
		Path csv = Files.writeString(dir.resolve("leads.csv"), CreateTests.COMPANIES);
		TestShell shell = TestShell.withKey(sandbox, KEY);
		List<Result> results = new ArrayList<>();

		results.add(shell.run("list --limit 3"));
		results.add(shell.run("create " + csv + " --entity company --title 'key check'"));
		String id = shell.session().seen().get(0).id();
		results.add(shell.run("show 1"));
		results.add(shell.run("get " + id));
		results.add(shell.run("status"));

		assertThat(results).allSatisfy(r -> {
			assertThat(r.code()).isZero();
			assertThat(r.out() + r.err()).doesNotContain(KEY);
		});
		List<RecordedRequest> requests = sandbox.requests();
		assertThat(requests).extracting(r -> r.method() + " " + r.path().replaceAll("imp_\\w+", "ID"))
			.containsExactly("GET /websets/v0/imports", "POST /websets/v0/imports", "PUT /_upload/ID",
					"GET /websets/v0/imports/ID", "GET /websets/v0/imports/ID", "GET /websets/v0/imports/ID");
		for (RecordedRequest request : requests) {
			boolean api = request.path().startsWith("/websets/");
			assertThat(request.header("x-api-key")).as("x-api-key of %s", request).isEqualTo(api ? KEY : null);
			assertThat(request.header("authorization")).as("authorization of %s", request).isNull();
			assertThat(request.path() + "?" + request.query()).as("the URL of %s", request).doesNotContain(KEY);
			assertThat(new String(request.body(), StandardCharsets.UTF_8)).as("the body of %s", request).doesNotContain(KEY);
			for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
				if (!(api && header.getKey().equals("x-api-key"))) {
					assertThat(header.getValue()).as("header %s of %s", header.getKey(), request)
						.noneMatch(value -> value.contains(KEY));
				}
			}
		}
	}

	@Test
	void aRefusedKeyIsNeverQuotedInTheError() {
		Result result = TestShell.withKey(sandbox, "wrong-key-0123456789").run("list");

		assertThat(result.code()).isEqualTo(4);
		assertThat(result.err()).startsWith("error: the API key was refused").doesNotContain("wrong-key-0123456789");
	}
}
