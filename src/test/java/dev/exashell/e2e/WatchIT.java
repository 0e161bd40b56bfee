package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C during a watch, for real: on the built jar's prompt in a terminal (tmux) it stops that
 * watch only and the shell carries on; in one-shot mode the process says where it stood and exits
 * 130. The embedded sandbox processes for a day, so its pending imports stay pending.
 */
class WatchIT {

	private static final String PROMPT = "exa>";

	private static final String SLOW_SANDBOX = "EXA_SANDBOX_PROCESSING_SECONDS=86400";

	private Tmux tmux;

	@AfterEach
	void stopTmux() throws Exception {
		if (tmux != null) {
			tmux.close();
		}
	}

	@Test
	void ctrlCStopsTheWatchSaysWhereItStoodAndThePromptTakesTheNextCommand() throws Exception {
		List<String> command = new ArrayList<>(List.of("env", SLOW_SANDBOX));
		command.addAll(ExaShellJar.command("--sandbox"));
		tmux = Tmux.start(120, 50, command);
		tmux.awaitScreen("the prompt", WatchIT::promptIsBack);
		tmux.type("list --status pending --limit 1");
		String listed = tmux.awaitScreen("a pending import", s -> s.contains("1 matched") && promptIsBack(s));
		String id = listed.lines().filter(line -> line.startsWith("1  imp_")).findFirst().orElseThrow().split("\\s+")[1];

		tmux.type("watch 1");
		tmux.awaitScreen("the live line", s -> s.contains(id + " · ") && s.contains("○ pending · ") && s.contains("next poll in"));
		tmux.keys("C-c");

		String stopped = tmux.awaitScreen("the prompt after Ctrl-C", s -> s.contains(" interrupted") && promptIsBack(s));
		String after = stopped.substring(stopped.indexOf(PROMPT + " watch 1\n") + (PROMPT + " watch 1\n").length());
		assertThat(after).matches("(?s)(\\^C)?○ " + id + " still pending after \\d+s · interrupted\n" + PROMPT + "\n");

		tmux.type("list --limit 1");
		String listedAgain = tmux.awaitScreen("list after the watch", s -> s.contains("1 shown · more: next") && promptIsBack(s));
		assertThat(listedAgain.substring(listedAgain.lastIndexOf(PROMPT + " list --limit 1"))).contains("  imp_");

		tmux.type("exit");
		assertThat(tmux.awaitExitStatus()).isZero();
	}

	@Test
	void ctrlCInOneShotModeSaysWhereItStoodAndExits130() throws Exception {
		File out = File.createTempFile("exa-it-", ".out");
		File err = File.createTempFile("exa-it-", ".err");
		ProcessBuilder builder = new ProcessBuilder(ExaShellJar.command("--sandbox", "watch", "--status", "pending"))
			.redirectOutput(out)
			.redirectError(err);
		List.of("EXA_API_KEY", "EXA_BASE_URL", "NO_COLOR").forEach(builder.environment()::remove);
		builder.environment().put("EXA_SANDBOX_PROCESSING_SECONDS", "86400");
		Process process = builder.start();
		try {
			Awaitility.await("the first poll").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
				.until(() -> Files.readString(out.toPath()).contains(" pending\n"));
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
			assertThat(kill.waitFor()).isZero();
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

			List<String> lines = Files.readAllLines(out.toPath());
			assertThat(process.exitValue()).isEqualTo(130);
			assertThat(lines).isNotEmpty().last().asString()
				.matches("\\S+Z imp_\\w+ interrupted after \\d+s \\(still pending\\)");
			assertThat(Files.readString(err.toPath())).matches("scanned 2 pages · 300 imports · \\d+ matched\n");
		}
		finally {
			process.destroyForcibly();
			Files.deleteIfExists(out.toPath());
			Files.deleteIfExists(err.toPath());
		}
	}

	private static boolean promptIsBack(String screen) {
		return screen.endsWith("\n" + PROMPT + "\n") || screen.equals(PROMPT + "\n");
	}
}
