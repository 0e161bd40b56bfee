package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.exashell.cli.LaunchOptions.ColorMode;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptions.Mode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchOptionsParserTests {

	private static LaunchOptions parse(Map<String, String> env, String... args) {
		return LaunchOptionsParser.parse(args, env);
	}

	@Test
	void noArgumentsIsInteractive() {
		LaunchOptions launch = parse(Map.of());
		assertThat(launch.mode()).isEqualTo(Mode.INTERACTIVE);
		assertThat(launch.keySource()).isEqualTo(KeySource.NONE);
		assertThat(launch.output()).isEqualTo(OutputFormat.AUTO);
	}

	@Test
	void globalOptionsComeBeforeTheCommand() {
		LaunchOptions launch = parse(Map.of(), "--sandbox", "-o", "json", "--color=never", "list", "--limit", "5");
		assertThat(launch.sandbox()).isTrue();
		assertThat(launch.output()).isEqualTo(OutputFormat.JSON);
		assertThat(launch.color()).isEqualTo(ColorMode.NEVER);
		assertThat(launch.mode()).isEqualTo(Mode.ONE_SHOT);
		assertThat(launch.command()).containsExactly("list", "--limit", "5");
	}

	@Test
	void keyFromEnvironmentAndBaseUrlFromEnvironment() {
		LaunchOptions launch = parse(Map.of("EXA_API_KEY", "k-123", "EXA_BASE_URL", "http://127.0.0.1:9/websets"), "list");
		assertThat(launch.apiKey()).isEqualTo("k-123");
		assertThat(launch.keySource()).isEqualTo(KeySource.ENVIRONMENT);
		assertThat(launch.baseUrl()).isEqualTo("http://127.0.0.1:9/websets");
		assertThat(launch.warnings()).isEmpty();
	}

	@Test
	void apiKeyFlagWinsButWarns() {
		LaunchOptions launch = parse(Map.of("EXA_API_KEY", "env"), "--api-key", "flag", "list");
		assertThat(launch.apiKey()).isEqualTo("flag");
		assertThat(launch.keySource()).isEqualTo(KeySource.FLAG);
		assertThat(launch.warnings()).containsExactly(
				"--api-key puts the key in your shell history and process list; prefer EXA_API_KEY");
	}

	@Test
	void sandboxIgnoresTheEnvironmentBaseUrl() {
		assertThat(parse(Map.of("EXA_BASE_URL", "http://x"), "--sandbox").baseUrl()).isNull();
	}

	@Test
	void aPathIsAScript() {
		assertThat(parse(Map.of(), "checks.exa").script()).isEqualTo("checks.exa");
		assertThat(parse(Map.of(), "./run").script()).isEqualTo("./run");
		assertThat(parse(Map.of(), "--file", "-", "--echo").mode()).isEqualTo(Mode.SCRIPT);
		LaunchOptions launch = parse(Map.of(), "--continue-on-error", "--echo", "--file", "a.exa");
		assertThat(List.of(launch.continueOnError(), launch.echo())).containsExactly(true, true);
	}

	@Test
	void theProfileComesFromTheFlagElseEnvironmentAndNotForTheSandbox() {
		assertThat(parse(Map.of()).profile()).isNull();
		assertThat(parse(Map.of("EXA_PROFILE", "ci")).profile()).isEqualTo("ci");
		assertThat(parse(Map.of("EXA_PROFILE", "ci"), "--profile", "work", "list").profile()).isEqualTo("work");
		assertThat(parse(Map.of(), "--profile=work").profile()).isEqualTo("work");
		assertThat(parse(Map.of("EXA_PROFILE", "ci"), "--sandbox").profile()).isNull();
	}

	@Test
	void colorAutoFollowsTheTerminalAndNoColor() {
		LaunchOptions launch = parse(Map.of());
		assertThat(launch.colorFor(true, Map.of())).isTrue();
		assertThat(launch.colorFor(false, Map.of())).isFalse();
		assertThat(launch.colorFor(true, Map.of("NO_COLOR", "1"))).isFalse();
		assertThat(parse(Map.of(), "--color", "always").colorFor(false, Map.of("NO_COLOR", "1"))).isTrue();
	}

	@Test
	void theRequestTimeoutComesFromTheFlagElseTheEnvironmentElseIs30s() {
		assertThat(parse(Map.of(), "list").requestTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(parse(Map.of(), "--request-timeout", "5s", "list").requestTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(parse(Map.of(), "--request-timeout=1m30s").requestTimeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(parse(Map.of("EXA_REQUEST_TIMEOUT", "200ms")).requestTimeout()).isEqualTo(Duration.ofMillis(200));
		assertThat(parse(Map.of("EXA_REQUEST_TIMEOUT", " ")).requestTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(parse(Map.of("EXA_REQUEST_TIMEOUT", "soon"), "--request-timeout", "100ms").requestTimeout())
			.isEqualTo(Duration.ofMillis(100));
		assertThat(parse(Map.of(), "--request-timeout", "10m").requestTimeout()).isEqualTo(Duration.ofMinutes(10));
	}

	@ParameterizedTest
	@ValueSource(strings = { "99ms", "0", "10m1s", "5x", "", "-1s", "99999999999999h", "9223372036854775807s" })
	void aRequestTimeoutOutOfRangeIsAUsageErrorWithAHint(String value) {
		UsageException flag = catchThrowableOfType(UsageException.class,
				() -> parse(Map.of(), "--request-timeout", value, "list"));
		UsageException env = catchThrowableOfType(UsageException.class,
				() -> parse(Map.of("EXA_REQUEST_TIMEOUT", value + "x"), "list"));

		assertThat(flag).hasMessage("--request-timeout must be a duration from 100ms to 10m, got '" + value + "'");
		assertThat(flag.hint()).isEqualTo("for example --request-timeout 5s");
		assertThat(env).hasMessage("EXA_REQUEST_TIMEOUT in the environment must be a duration from 100ms to 10m, got '"
				+ value + "x'");
		assertThat(env.hint()).isEqualTo("unset it, or set it like EXA_REQUEST_TIMEOUT=5s");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"--request-timeout            | option --request-timeout needs a value",
			"--bogus                      | unknown global option '--bogus'",
			"-o xml                       | unknown output format 'xml'",
			"--color sometimes            | unknown --color value 'sometimes'",
			"--base-url                   | option --base-url needs a value",
			"--sandbox --base-url http://x | --sandbox and --base-url cannot be used together",
			"--debug=1                    | --debug takes no value",
			"--sandbox --profile w        | --sandbox and --profile cannot be used together",
			"--profile                    | option --profile needs a value",
			"a.exa list                   | unexpected words after the script path: list",
			"--file a.exa list            | give either --file or a command, not both" })
	void rejectsBadGlobalOptions(String line, String message) {
		assertThatThrownBy(() -> LaunchOptionsParser.parse(line.trim().split("\\s+"), Map.of()))
			.isInstanceOf(UsageException.class)
			.hasMessage(message);
	}
}
