package dev.exashell.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.testing.TestTime;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiAnswersTests {

	private static final Instant SERVER = TestTime.NOW;

	@ParameterizedTest(name = "{0} ms off: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			0        | true  | in step with the server's Date (within 2 s)
			1999     | true  | in step with the server's Date (within 2 s)
			-1999    | true  | in step with the server's Date (within 2 s)
			2000     | true  | 2 s ahead of the server's Date
			-30400   | true  | 30 s behind the server's Date
			60000    | true  | 60 s ahead of the server's Date
			60001    | false | 60 s ahead of the server's Date
			-119000  | false | 119 s behind the server's Date
			-300000  | false | 5 min behind the server's Date
			7140000  | false | 119 min ahead of the server's Date
			7200000  | false | 2 h ahead of the server's Date
			86400000 | false | 24 h ahead of the server's Date
			""")
	void theClockIsFlaggedBeyondAMinuteOfSkew(long offsetMillis, boolean ok, String detail) {
		Check check = ApiAnswers.clock(SERVER, SERVER.plusMillis(offsetMillis));

		assertThat(check.ok()).isEqualTo(ok);
		assertThat(check.detail()).isEqualTo(detail);
		assertThat(check.fix()).isEqualTo(ok ? null : "set the clock right, e.g. sudo timedatectl set-ntp true");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			429 | answered 429 to GET /v0/imports?limit=1 (rate limited) | wait a minute and run doctor again
			500 | answered 500 to GET /v0/imports?limit=1                | the API has trouble: try again in a few minutes
			503 | answered 503 to GET /v0/imports?limit=1                | the API has trouble: try again in a few minutes
			""")
	void aServerInTroubleFailsTheBaseUrlCheck(int status, String detail, String fix) {
		Check check = ApiAnswers.baseUrl(java.net.URI.create("https://api.exa.ai/websets"),
				new ServerProbe.Outcome(status, null, 10, null));

		assertThat(check).isEqualTo(Check.fail("base URL", "https://api.exa.ai/websets · " + detail, fix));
		assertThat(ApiAnswers.keyAccepted(status)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			403 | no: the key may not list imports (403) | use a key with Websets access (dashboard.exa.ai)
			""")
	void aForbiddenKeyPassesTheBaseUrlButNotTheKey(int status, String detail, String fix) {
		assertThat(ApiAnswers.baseUrl(java.net.URI.create("https://x.test/websets"), new ServerProbe.Outcome(status, null, 1, null)))
			.isEqualTo(Check.pass("base URL", "https://x.test/websets · answers"));
		assertThat(ApiAnswers.keyAccepted(status)).contains(Check.fail("key accepted", detail, fix));
	}
}
