package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxServer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids that are not plain words reach the API as one percent-encoded path segment, whatever they
 * hold; the API's 404 for them is exit 3 with the id as the user typed it.
 */
class OddIdTests {

	private static final String IMPORTS = "/websets/v0/imports/";

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	static Stream<Arguments> oddIds() {
		return Stream.of(arguments("a/b", "a%2Fb"),
				arguments("../../v0/imports", "..%2F..%2Fv0%2Fimports"),
				arguments("..", "%2E%2E"),
				arguments(".", "%2E"),
				arguments("what?limit=1", "what%3Flimit%3D1"),
				arguments("#top", "%23top"),
				arguments("100%", "100%25"),
				arguments("%2F", "%252F"),
				arguments("two words", "two%20words"),
				arguments("Ünïcödé", "%C3%9Cn%C3%AFc%C3%B6d%C3%A9"),
				arguments("東京", "%E6%9D%B1%E4%BA%AC"),
				arguments("🚀", "%F0%9F%9A%80"),
				arguments("x".repeat(512), "x".repeat(512)));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("oddIds")
	void oneShotSendsTheIdAsOneEncodedSegmentAndExitsWith3(String id, String encoded) {
		Result result = TestShell.piped(sandbox).runWords("show", id);

		assertNotFound(result, id, encoded);
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("oddIds")
	void aQuotedIdTypedAtThePromptIsSentTheSameWay(String id, String encoded) {
		Result result = TestShell.piped(sandbox).run("show '" + id + "'");

		assertNotFound(result, id, encoded);
	}

	private static void assertNotFound(Result result, String id, String encoded) {
		assertThat(result).isEqualTo(new Result(3, "",
				"error: not found: HTTP 404: Import not found: " + id + "\nhint: list shows the ids that exist\n"));
		RecordedRequest request = sandbox.requests().get(0);
		assertThat(sandbox.requests()).hasSize(1);
		assertThat(request.method()).isEqualTo("GET");
		assertThat(request.path()).isEqualTo(IMPORTS + encoded);
		assertThat(request.query()).isNull();
	}
}
