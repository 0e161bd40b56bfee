package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ApiIoException;
import dev.exashell.api.ClientConfig;
import dev.exashell.api.CreateImportRequest;
import dev.exashell.api.CreatedImport;
import dev.exashell.api.ExaClient;
import dev.exashell.api.Import;
import dev.exashell.api.ImportPage;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.UpdateImportRequest;
import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LineTokenizer;
import dev.exashell.cli.OutputFormat;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.ApiKey;
import dev.exashell.session.Session;
import dev.exashell.testing.CapturedIo;
import dev.exashell.testing.FakeClock;
import dev.exashell.watch.ImportWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** create --wait through the watch engine (time moved by its sleeps), and an upload that fails. */
class CreateCommandTests {

	private final FakeClock time = new FakeClock();
	private final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withImports(0)
		.withProcessing(Duration.ofSeconds(10)).withClock(time));
	private final ExaClient client = new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, "test")
		.withBaseUrl(sandbox.baseUrl()).withTime(time, time, () -> 0.0));
	private final CapturedIo io = CapturedIo.piped();

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		sandbox.close();
	}

	private int run(String line, ImportsApi api) {
		Session session = new Session(sandbox.baseUrl(), true, new ApiKey(SandboxOptions.DEFAULT_API_KEY, KeySource.SANDBOX));
		CreateCommand create = new CreateCommand(new ApiAccess(session, (base, key) -> api), session, io,
				OutputFormat.AUTO, c -> ImportWatcher.forClient(client));
		return new CommandDispatcher(new CommandCatalog(List.of(create)), new ErrorReporter(false), io).executeLine(line, null);
	}

	@Test
	void waitFollowsTheImportToCompletedAndExitsWith0() throws Exception {
		Path csv = Files.writeString(dir.resolve("ok.csv"), "url\nacme.example\nglobex.example\n");

		int code = run("create " + csv + " --entity company --wait", client);

		String id = client.list(null, 1).data().get(0).id();
		assertThat(code).isZero();
		assertThat(io.err()).isEqualTo("created " + id + " from ok.csv (2 rows, 32 bytes) and uploaded it\n"
				+ id + ": processing\n" + id + ": processing → completed\n" + id + " completed: 2 rows\n");
		assertThat(io.out()).startsWith("id\t" + id + "\nobject\timport\nstatus\tcompleted\n");
	}

	@Test
	void waitOnAnImportThatFailsExitsWith5AndSaysWhy() throws Exception {
		Path csv = Files.writeString(dir.resolve("no-urls.csv"), "name\nAcme\n");

		int code = run("create " + csv + " --entity company --wait", client);

		assertThat(code).isEqualTo(5);
		assertThat(io.err()).contains(" failed: missing_identifier: ");
	}

	@Test
	void waitWithATimeoutShorterThanTheProcessingExitsWith6() throws Exception {
		Path csv = Files.writeString(dir.resolve("ok.csv"), "url\nacme.example\n");

		int code = run("create " + csv + " --entity company --wait --timeout 5s", client);

		assertThat(code).isEqualTo(6);
		assertThat(io.err()).contains("stopped waiting: the timeout passed and imp_").endsWith(" is still processing\n");
	}

	@Test
	void aFailedUploadSaysSoAndNamesTheImportItLeftPending() throws Exception {
		Path csv = Files.writeString(dir.resolve("ok.csv"), "url\nacme.example\n");
		ImportsApi badToken = uploadingTo(url -> url.replaceAll("token=[^&]+", "token=wrong"));

		int code = run("create " + csv + " --entity company", badToken);

		Import left = client.list(null, 1).data().get(0);
		assertThat(code).isEqualTo(1);
		assertThat(left.status().value()).isEqualTo("pending");
		assertThat(io.err()).startsWith("error: the upload of ok.csv failed (HTTP 403: ")
			.contains("); import " + left.id() + " was created and is left pending\n")
			.endsWith("hint: delete it and run create again: delete " + left.id() + " --yes\n");
		assertThat(io.out()).isEmpty();
	}

	@Test
	void theHintAfterAFailedUploadQuotesAnIdTheShellWouldSplit() throws Exception {
		Path csv = Files.writeString(dir.resolve("ok.csv"), "url\nacme.example\n");
		ImportsApi oddIds = new ForwardingApi(client) {
			@Override
			public CreatedImport create(CreateImportRequest request) {
				CreatedImport real = client.create(request);
				Import i = real.importItem();
				Import odd = new Import("imp it's #1", i.object(), i.status(), i.format(), i.entity(), i.title(), i.count(),
						i.metadata(), i.failedReason(), i.failedAt(), i.failedMessage(), i.createdAt(), i.updatedAt());
				return new CreatedImport(odd, real.uploadUrl(), real.uploadValidUntil());
			}

			@Override
			public void upload(String uploadUrl, Path file, LongConsumer progress) {
				throw new ApiIoException("connection reset", null);
			}
		};

		int code = run("create " + csv + " --entity company", oddIds);

		assertThat(code).isEqualTo(1);
		assertThat(io.err()).isEqualTo("error: the upload of ok.csv failed (connection reset); import imp it's #1 was"
				+ " created and is left pending\nhint: delete it and run create again: delete 'imp it'\\''s #1' --yes\n");
		assertThat(LineTokenizer.tokenize("delete 'imp it'\\''s #1' --yes")).containsExactly("delete", "imp it's #1",
				"--yes");
	}

	/** The real client, except that the upload goes to a rewritten URL. */
	private ImportsApi uploadingTo(UnaryOperator<String> rewrite) {
		return new ForwardingApi(client) {
			@Override
			public void upload(String uploadUrl, byte[] csv) {
				client.upload(rewrite.apply(uploadUrl), csv);
			}

			@Override
			public void upload(String uploadUrl, Path csv, LongConsumer progress) {
				client.upload(rewrite.apply(uploadUrl), csv, progress);
			}
		};
	}

	/** Every call goes to {@code api}; tests override what they change. */
	private static class ForwardingApi implements ImportsApi {

		private final ImportsApi api;

		ForwardingApi(ImportsApi api) {
			this.api = api;
		}

		public ImportPage list(String cursor, Integer limit) {
			return api.list(cursor, limit);
		}

		public Import get(String id) {
			return api.get(id);
		}

		public CreatedImport create(CreateImportRequest request) {
			return api.create(request);
		}

		public Import update(String id, UpdateImportRequest request) {
			return api.update(id, request);
		}

		public Import delete(String id) {
			return api.delete(id);
		}

		public void upload(String uploadUrl, byte[] csv) {
			api.upload(uploadUrl, csv);
		}

		@Override
		public void upload(String uploadUrl, Path csv, LongConsumer progress) {
			api.upload(uploadUrl, csv, progress);
		}
	}
}
