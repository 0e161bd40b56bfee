package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numbers and durations too large for the client, or with a control character in them, are usage
 * errors (exit 2) that say the limit, before any request: never an internal error, never after
 * create has already created and uploaded the import.
 */
class OutOfRangeTests {

	private static final String LIST_USAGE = "usage: list [--limit N] [--cursor C] [--status S[,S...]] [--all] "
			+ "[-o, --output FORMAT] [--max-items N] [--max-pages N]";

	private static final String LIMIT_HINT = "the API returns 1 to 200 imports a page (default 25)";

	private static final String DURATION_HINT = "durations go up to 168h, e.g. 90s, 30m or 2h";

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startSandbox() throws IOException {
		sandbox = SHARED.server();
		Files.writeString(dir.resolve("good.csv"), CreateTests.COMPANIES);
	}

	static Stream<Arguments> outOfRange() {
		String good = dir.resolve("good.csv").toString();
		return Stream.of(
				arguments(words("list", "--limit", "99999999999"), "--limit must be between 1 and 200, got 99999999999",
						LIMIT_HINT),
				arguments(words("list", "--limit=-99999999999999999999999"),
						"--limit must be between 1 and 200, got -99999999999999999999999", LIMIT_HINT),
				arguments(words("filter", "--status", "failed", "--limit", "2147483648"),
						"--limit must be between 1 and 200, got 2147483648", LIMIT_HINT),
				arguments(words("list", "--limit", "2\u0001"), "--limit must be a whole number, got '2\\x01'", LIST_USAGE),
				arguments(words("list", "--limit", "2\u0000"), "--limit must be a whole number, got '2\\x00'", LIST_USAGE),
				arguments(words("list", "--all", "--max-items", "99999999999"),
						"--max-items must be at most 2147483647, got 99999999999", LIST_USAGE),
				arguments(words("watch", "imp_1", "--timeout", "99999999999999h"),
						"--timeout is too long: at most 168h (7 days), got '99999999999999h'", DURATION_HINT),
				arguments(words("watch", "imp_1", "--interval", "9999999999999999h", "--timeout", "1s"),
						"--interval is too long: at most 168h (7 days), got '9999999999999999h'", DURATION_HINT),
				arguments(words("watch", "imp_1", "--timeout", "9223372036854775807s"),
						"--timeout is too long: at most 168h (7 days), got '9223372036854775807s'", DURATION_HINT),
				arguments(words("watch", "imp_1", "--timeout", "99999999999999999999999"),
						"--timeout is too long: at most 168h (7 days), got '99999999999999999999999'", DURATION_HINT),
				arguments(words("watch", "imp_1", "--timeout", "168h1ms"),
						"--timeout is too long: at most 168h (7 days), got '168h1ms'", DURATION_HINT),
				arguments(words("create", good, "--entity", "company", "--wait", "--timeout", "99999999999999h"),
						"--timeout is too long: at most 168h (7 days), got '99999999999999h'", DURATION_HINT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("outOfRange")
	void oneShotSaysTheLimitAndExitsWith2BeforeAnyRequest(String[] words, String error, String hint) {
		Result result = TestShell.piped(sandbox).runWords(words);

		assertThat(result).isEqualTo(new Result(2, "", "error: " + error + "\nhint: " + hint + "\n"));
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void aScriptLineWithANulInANumberStopsTheScriptAsAUsageError() throws IOException {
		Path script = Files.writeString(dir.resolve("nul.exa"), "list --limit 2\u0000\nlist --limit 1\n");

		Result result = TestShell.piped(sandbox).run("script " + script);

		assertThat(result).isEqualTo(new Result(2, "",
				script + ":1: --limit must be a whole number, got '2\\x00'\nhint: " + LIST_USAGE + "\n"));
		assertThat(sandbox.requests()).isEmpty();
	}

	@Test
	void theLongestDurationIsAccepted() {
		Result result = TestShell.piped(sandbox).runWords("watch", "imp_missing", "--timeout", "168h");

		assertThat(result.code()).isEqualTo(3);
		assertThat(result.err()).startsWith("error: not found: HTTP 404");
	}

	private static String[] words(String... words) {
		return words;
	}
}
