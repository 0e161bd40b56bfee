package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Sleeper;
import dev.exashell.cli.OutputFormat;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.testing.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ctrl-C during {@code list --all} at the prompt, in-process (the interactive loop turns it into an
 * interrupt of the command's thread): the progress line is erased, the error says
 * {@code interrupted} without blaming the network, the hint says how to resume, exit 130.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class WalkInterruptTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;
	private static String cursorAfter200;

	@BeforeAll
	static void start() {
		sandbox = SHARED.server();
		cursorAfter200 = TestShell.direct(sandbox).list(null, 200).nextCursor();
	}

	@Test
	void ctrlCBetweenPagesEndsTheProgressLineAndSaysWhereToResume() throws Exception {
		Result result = onItsOwnThread(() -> TestShell.watching(sandbox, SandboxOptions.DEFAULT_API_KEY,
				OutputFormat.TSV, true, FakeClock.ticking().interruptOnReading(2), Sleeper.SYSTEM).run("list --all"));

		assertThat(result.code()).isEqualTo(130);
		assertThat(result.outLines()).hasSize(200);
		assertThat(result.err()).isEqualTo("\rfetched 1 page · 200 imports…\033[K\r\033[K"
				+ "error: interrupted\n"
				+ "hint: stopped after 200 imports; resume with: exa-shell list --all --cursor " + cursorAfter200 + "\n");
	}

	@Test
	void ctrlCWhileARequestIsOutSaysInterruptedNotTheNetwork() {
		sandbox.setFaults("latency:20s");
		int before = sandbox.requests().size();
		TestShell shell = TestShell.watching(sandbox, SandboxOptions.DEFAULT_API_KEY, OutputFormat.TSV, true,
				Clock.systemUTC(), Sleeper.SYSTEM);
		CompletableFuture<Result> result = new CompletableFuture<>();
		Thread worker = new Thread(() -> result.complete(shell.run("list --all")), "list-under-test");
		worker.start();
		Awaitility.await("the request to arrive").atMost(Duration.ofSeconds(10))
			.until(() -> sandbox.requests().size() > before);

		worker.interrupt();

		Result done = Awaitility.await("list to end").atMost(Duration.ofSeconds(5))
			.until(() -> result.getNow(null), r -> r != null);
		assertThat(done).isEqualTo(new Result(130, "", "error: interrupted\n"));
	}

	private static Result onItsOwnThread(java.util.function.Supplier<Result> run) throws Exception {
		CompletableFuture<Result> result = CompletableFuture.supplyAsync(run, r -> new Thread(r, "list-under-test").start());
		return result.get(10, TimeUnit.SECONDS);
	}
}
