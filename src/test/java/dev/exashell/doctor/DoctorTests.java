package dev.exashell.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.doctor.DoctorShell.Result;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doctor} against a good sandbox, a wrong key, no key, a dead port, a wrong path and a 0644
 * config file: the exact lines, the exact exit code, the one request it sent, and never the key.
 * The sandbox's {@code Date} is the real time, so the shell's clock is the real one here too.
 */
class DoctorTests {

	private static final String KEY = "exa-doctor-key-5e1f0c2b9a";

	private static final String HEAD = """
			✓ runtime · exa-shell 1.2.3 · Java 25.0.3 · bundled runtime · /opt/exa/runtime
			✓ start-up cache · in use · /opt/exa/lib/exa-shell.aot
			""";

	private static final String PIPED = "✓ terminal · stdout is not a terminal (tab-separated output) · colour off\n";

	private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withApiKey(KEY));

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		sandbox.close();
	}

	private String base() {
		return sandbox.baseUrl().toString();
	}

	private String noConfig() {
		return "✓ config file · " + dir.resolve("config.json") + " · none yet (login --save writes it)\n";
	}

	@Test
	void aGoodSandboxPassesEveryCheckWithOneRequest() {
		try (SandboxServer embedded = SandboxServer.start(SandboxOptions.defaults().withPort(0))) {
			Result result = DoctorShell.embedded(embedded, dir, true, Clock.systemUTC()).doctor();

			assertThat(result.out()).isEqualTo(HEAD + noConfig() + """
					✓ API key · none needed (embedded sandbox)
					✓ base URL · %s · answers
					✓ key accepted · list --limit 1 answered 200
					✓ round trip · 42 ms
					✓ clock · in step with the server's Date (within 2 s)
					✓ terminal · stdout is a terminal · 120 columns · colour off
					""".formatted(embedded.baseUrl()));
			assertThat(result.code()).isZero();
			assertThat(result.err()).isEmpty();
			assertThat(embedded.requests()).extracting(r -> r.method() + " " + r.path() + "?" + r.query())
				.containsExactly("GET /websets/v0/imports?limit=1");
		}
	}

	@Test
	void aWrongKeyIsRefusedWithWhatToDoAndNeverShown() {
		DoctorShell shell = DoctorShell.launched(dir, Clock.systemUTC(), "--base-url", base(), "--api-key",
				"wrong-key-0123456789");

		Result result = shell.doctor();

		assertThat(result.out()).isEqualTo(HEAD + noConfig() + """
				✓ API key · wron…6789 (from --api-key)
				✓ base URL · %s · answers
				✗ key accepted · no: the API refused the key (401)
				  → check the key, or run login --save with a new one (dashboard.exa.ai)
				✓ round trip · 42 ms
				✓ clock · in step with the server's Date (within 2 s)
				""".formatted(base()) + PIPED);
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.err()).isEmpty();
		assertThat(result.out()).doesNotContain("wrong-key-0123456789");
		assertThat(shell.trace()).containsExactly("GET " + base() + "/v0/imports?limit=1 → 401");
		assertThat(sandbox.requests()).extracting(r -> r.header("x-api-key")).containsExactly("wrong-key-0123456789");
	}

	@Test
	void noKeyAtAllStillChecksTheBaseUrlAndSaysHowToSetOne() {
		Result result = DoctorShell.launched(dir, Clock.systemUTC(), "--base-url", base()).doctor();

		assertThat(result.out()).isEqualTo(HEAD + noConfig() + """
				✗ API key · none set
				  → export EXA_API_KEY=<your key>, or run login --save (exa-shell --sandbox needs none)
				✓ base URL · %s · answers
				✓ round trip · 42 ms
				✓ clock · in step with the server's Date (within 2 s)
				""".formatted(base()) + PIPED);
		assertThat(result.code()).isEqualTo(1);
		assertThat(sandbox.requests()).extracting(r -> r.header("x-api-key")).containsExactly((String) null);
	}

	@Test
	void aDeadPortFailsOnceWithoutRetrying() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		String dead = "http://127.0.0.1:" + port + "/websets";
		DoctorShell shell = DoctorShell.launched(dir, Clock.systemUTC(), "--base-url", dead, "--api-key", KEY);

		Result result = shell.doctor();

		assertThat(result.out()).isEqualTo(HEAD + noConfig() + """
				✓ API key · exa-…2b9a (from --api-key)
				✗ base URL · %s · could not connect to 127.0.0.1:%d: connection refused
				  → check the URL (--base-url, EXA_BASE_URL or the profile's) and your network
				""".formatted(dead, port) + PIPED);
		assertThat(result.code()).isEqualTo(1);
		assertThat(shell.trace()).containsExactly(
				"GET " + dead + "/v0/imports?limit=1 → could not connect to 127.0.0.1:" + port + ": connection refused");
		assertThat(shell.retryWaits()).isEmpty();
	}

	@Test
	void aBaseUrlThatIsNotTheApiAnswers404AndSaysWhichUrlIsRightButTheServerIsTimed() {
		String wrong = "http://127.0.0.1:" + sandbox.baseUrl().getPort() + "/nowhere";

		Result result = DoctorShell.launched(dir, Clock.systemUTC(), "--base-url", wrong, "--api-key", KEY).doctor();

		assertThat(result.out()).isEqualTo(HEAD + noConfig() + """
				✓ API key · exa-…2b9a (from --api-key)
				✗ base URL · %s · answered 404 to GET /v0/imports?limit=1
				  → check the URL: the API's is https://api.exa.ai/websets
				✓ round trip · 42 ms
				✓ clock · in step with the server's Date (within 2 s)
				""".formatted(wrong) + PIPED);
		assertThat(result.code()).isEqualTo(1);
	}

	@Test
	void aConfigFileOthersCanReadIsRefusedWithTheChmodThatFixesIt() throws IOException {
		Path config = Files.writeString(dir.resolve("config.json"), """
				{"activeProfile": "work", "profiles": {"default": {"apiKey": "%s", "baseUrl": "%s"},
				 "work": {"apiKey": "%s", "baseUrl": "%s"}}}
				""".formatted("other-key-77777777", base(), KEY, base()));
		Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
		DoctorShell shell = DoctorShell.launched(dir, Clock.systemUTC());

		Result refused = shell.doctor();

		assertThat(refused.out()).isEqualTo(HEAD + """
				✗ config file · %1$s · mode 0644: other users can read it, so exa-shell will not use it
				  → chmod 600 %1$s
				✗ API · not checked: %1$s can be read or changed by other users (mode 0644); exa-shell will not use a key kept there
				  → chmod 600 %1$s
				""".formatted(config) + PIPED);
		assertThat(refused.code()).isEqualTo(1);
		assertThat(sandbox.requests()).isEmpty();

		Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
		Result fixed = DoctorShell.launched(dir, Clock.systemUTC()).doctor();

		assertThat(fixed.out()).isEqualTo(HEAD + """
				✓ config file · %s · mode 0600
				✓ profiles · default, work · in use: work
				✓ API key · exa-…2b9a (from profile work)
				✓ base URL · %s · answers
				✓ key accepted · list --limit 1 answered 200
				✓ round trip · 42 ms
				✓ clock · in step with the server's Date (within 2 s)
				""".formatted(config, base()) + PIPED);
		assertThat(fixed.code()).isZero();
		assertThat(refused.out() + fixed.out()).doesNotContain(KEY, "other-key-77777777");
	}

	@Test
	void aConfigFileThatIsNotJsonSaysWhereAndHowToFixIt() throws IOException {
		Path config = Files.writeString(dir.resolve("config.json"), "{\"profiles\": [\n");
		Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

		Result result = DoctorShell.launched(dir, Clock.systemUTC(), "--base-url", base(), "--api-key", KEY).doctor();

		assertThat(result.out()).isEqualTo(HEAD + """
				✗ config file · %1$s is not a valid exa-shell config file (line 1)
				  → fix it, or delete it and run login --save again
				✗ API · not checked: %1$s is not a valid exa-shell config file (line 1)
				  → fix it, or delete it and run login --save again
				""".formatted(config) + PIPED);
		assertThat(result.code()).isEqualTo(1);
	}

	@Test
	void aClockFiveMinutesAheadOfTheServersDateIsFlagged() {
		Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));

		Result result = DoctorShell.launched(dir, ahead, "--base-url", base(), "--api-key", KEY).doctor();

		assertThat(result.out()).contains("""
				✓ round trip · 42 ms
				✗ clock · 5 min ahead of the server's Date
				  → set the clock right, e.g. sudo timedatectl set-ntp true
				""");
		assertThat(result.code()).isEqualTo(1);
	}
}
