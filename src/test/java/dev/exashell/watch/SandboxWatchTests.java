package dev.exashell.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.CreatedImport;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaClient;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.WatchOutcome.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine against the real sandbox over HTTP, its clock moved only by the engine's sleeps. */
class SandboxWatchTests {

	private final FakeClock time = new FakeClock();

	private final SandboxServer server = SandboxServer.start(SandboxOptions.defaults()
		.withImports(0)
		.withProcessing(Duration.ofSeconds(10))
		.withClock(time));

	private final ExaClient client = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "test")
		.withBaseUrl(server.baseUrl())
		.withTime(time, time, () -> 0.0));

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void anUploadedImportIsWatchedToCompletedWithoutRealSleeping() {
		byte[] csv = "name,website\nAcme,https://acme.com\nGlobex,globex.com\n".getBytes(StandardCharsets.UTF_8);
		CreatedImport created = client.create(
				new CreateImportRequest("csv", Entity.of("company"), csv.length, 2, "watch me", null, null));
		client.upload(created.uploadUrl(), csv);
		RecordingListener listener = new RecordingListener();

		WatchOutcome outcome = ImportWatcher.forClient(client)
			.watch(created.importItem().id(), WatchOptions.defaults().withTimeout(Duration.ofMinutes(1)), listener);

		assertThat(outcome.kind()).isEqualTo(Kind.COMPLETED);
		assertThat(outcome.last().count()).isEqualTo(2);
		// processing at 0, 2, 5 and 9.5 s; completed (10 s after the upload) at 16.25 s
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500),
				Duration.ofMillis(6750));
		assertThat(listener.events()).filteredOn(e -> e.startsWith("poll "))
			.containsExactly("poll processing", "poll processing", "poll processing", "poll processing", "poll completed");
		assertThat(listener.errors()).isEmpty();
	}

	@Test
	void anAnswerSlowerThanTheReadTimeoutIsATransientErrorAndTheNextPollGoesOn() {
		byte[] csv = "name,website\nAcme,https://acme.com\n".getBytes(StandardCharsets.UTF_8);
		CreatedImport created = client.create(
				new CreateImportRequest("csv", Entity.of("company"), csv.length, 1, "slow", null, null));
		client.upload(created.uploadUrl(), csv);
		ExaClient impatient = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "test")
			.withBaseUrl(server.baseUrl())
			.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200))
			.withTime(time, time, () -> 0.0));
		server.setFaults("latency:1s");
		time.onSleep(1, () -> server.setFaults(""));
		RecordingListener listener = new RecordingListener();

		WatchOutcome outcome = ImportWatcher.forClient(impatient)
			.watch(created.importItem().id(), WatchOptions.defaults().withInterval(Duration.ofSeconds(10)), listener);

		assertThat(outcome.kind()).isEqualTo(Kind.COMPLETED);
		assertThat(listener.errors()).containsExactly("error request to 127.0.0.1:" + server.port()
				+ " timed out after 200ms retry PT10S");
		assertThat(time.waits()).containsExactly(Duration.ofSeconds(10));
	}
}
