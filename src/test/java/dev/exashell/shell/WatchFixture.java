package dev.exashell.shell;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.Entity;
import dev.exashell.api.ExaClient;
import dev.exashell.cli.OutputFormat;
import dev.exashell.sandbox.RecordedRequest;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.FakeClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * A sandbox for watch tests whose clock moves only when the shell's watch sleeps (waits are
 * recorded, never slept), a direct client to create and upload imports on that clock, and the
 * shell in each output mode. The sandbox starts with no seeded imports unless asked.
 */
final class WatchFixture implements AutoCloseable {

	static final String GOOD_CSV = "name,website\nAcme,https://acme.com\nGlobex,globex.com\n";
	static final String NO_URLS_CSV = "name,city\nAcme,Springfield\n";

	final FakeClock time = new FakeClock();
	final SandboxServer sandbox;
	final ExaClient api;

	WatchFixture(int seeded, Duration processing) {
		this.sandbox = SandboxServer.start(SandboxOptions.defaults().withPort(0).withImports(seeded)
			.withProcessing(processing).withClock(time));
		this.api = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "test")
			.withBaseUrl(sandbox.baseUrl()).withTime(time, duration -> {
			}, () -> 0.0));
	}

	/** No seeded imports; an upload processes for 3 s. */
	static WatchFixture empty() {
		return new WatchFixture(0, Duration.ofSeconds(3));
	}

	/** A pending import titled {@code title}: nothing is uploaded, so it stays pending until {@link #upload}. */
	String create(String title) {
		return api.create(new CreateImportRequest("csv", Entity.of("company"), 10, 2, title, null, null)).importItem().id();
	}

	/** Creates an import and uploads {@code csv} at once: processing now, final after the processing time. */
	String uploaded(String title, String csv) {
		var created = api.create(new CreateImportRequest("csv", Entity.of("company"), csv.length(), 2, title, null, null));
		api.upload(created.uploadUrl(), csv.getBytes(StandardCharsets.UTF_8));
		return created.importItem().id();
	}

	/** Creates a pending import whose CSV is uploaded when the watch's {@code n}th sleep ends. */
	String uploadedOnSleep(int n, String title, String csv) {
		var created = api.create(new CreateImportRequest("csv", Entity.of("company"), csv.length(), 2, title, null, null));
		time.onSleep(n, () -> api.upload(created.uploadUrl(), csv.getBytes(StandardCharsets.UTF_8)));
		return created.importItem().id();
	}

	TestShell shell(OutputFormat format, boolean tty) {
		return TestShell.watching(sandbox, SandboxOptions.DEFAULT_API_KEY, format, tty, time, time);
	}

	TestShell terminal() {
		return shell(OutputFormat.AUTO, true);
	}

	TestShell piped() {
		return shell(OutputFormat.AUTO, false);
	}

	/** The API requests (not admin or upload) from index {@code from} on, as "GET /v0/imports/imp_1" lines. */
	List<String> requestsFrom(int from) {
		List<RecordedRequest> all = sandbox.requests();
		return all.subList(from, all.size()).stream()
			.filter(r -> r.path().startsWith("/websets/"))
			.map(r -> r.method() + " " + r.path().substring("/websets".length()) + (r.query() == null ? "" : "?" + r.query()))
			.toList();
	}

	int requestCount() {
		return sandbox.requests().size();
	}

	@Override
	public void close() {
		sandbox.close();
	}
}
