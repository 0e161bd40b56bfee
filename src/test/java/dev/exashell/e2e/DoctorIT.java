package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Version;
import dev.exashell.e2e.ExaShellJar.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exa-shell doctor} as users run it, through the launcher: the real runtime, cache and sandbox. */
class DoctorIT {

	@TempDir
	Path config;

	@Test
	void doctorOnTheSandboxPassesEveryCheckAndExits0() throws Exception {
		Run run = ExaShellJar.run(Map.of("XDG_CONFIG_HOME", config.toString()), null, Path.of("").toAbsolutePath(),
				"--sandbox", "doctor");

		String javaHome = Path.of(ExaShellJar.java()).toRealPath().getParent().getParent().toString();
		assertThat(run.err()).isEmpty();
		assertThat(run.out()).matches(
				"✓ runtime · exa-shell " + Pattern.quote(Version.current()) + " · Java "
						+ Pattern.quote(System.getProperty("java.version")) + " · system Java · " + Pattern.quote(javaHome) + "\n"
				+ "✓ start-up cache · in use · " + Pattern.quote(ExaShellJar.JAR.getParent().toString())
						+ "/launch/\\d+/exa-shell\\.(aot|jsa)\n"
				+ Pattern.quote("✓ config file · " + config.resolve("exa-shell/config.json") + " · none yet (login --save writes it)\n"
						+ "✓ API key · none needed (embedded sandbox)\n")
				+ "✓ base URL · http://127\\.0\\.0\\.1:\\d+/websets · answers\n"
				+ Pattern.quote("✓ key accepted · list --limit 1 answered 200\n")
				+ "✓ round trip · \\d+ ms\n"
				+ Pattern.quote("✓ clock · in step with the server's Date (within 2 s)\n"
						+ "✓ terminal · stdout is not a terminal (tab-separated output) · colour off\n"));
		assertThat(run.code()).isZero();
	}

	@Test
	void doctorAgainstADeadPortSaysWhatToCheckAndExits1() throws Exception {
		int port = deadPort();

		Run run = ExaShellJar.run(Map.of("XDG_CONFIG_HOME", config.toString(), "EXA_API_KEY", "exa-it-key-0123456789"),
				null, Path.of("").toAbsolutePath(), "--base-url", "http://127.0.0.1:" + port + "/websets", "doctor");

		assertThat(run.err()).isEmpty();
		assertThat(run.out()).contains("""
				✓ API key · exa-…6789 (from EXA_API_KEY)
				✗ base URL · http://127.0.0.1:%d/websets · could not connect to 127.0.0.1:%d: connection refused
				  → check the URL (--base-url, EXA_BASE_URL or the profile's) and your network
				✓ terminal · stdout is not a terminal (tab-separated output) · colour off
				""".formatted(port, port)).doesNotContain("exa-it-key-0123456789");
		assertThat(run.code()).isEqualTo(1);
	}

	private static int deadPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
