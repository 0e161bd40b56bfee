package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official JS SDK, unchanged, against the sandbox: {@code src/test/node/exa-js-conformance/conformance.mjs}
 * drives every {@code exa.websets.imports} call of the exa-js version pinned in that folder's
 * {@code package.json} and asserts what a client of the real API relies on. If the SDK cannot
 * use the sandbox, the sandbox has drifted from the API contract, whatever our own client says.
 * Here we check the script passed and that the SDK's requests went where the API documents.
 * <p>
 * Needs {@code node} (20+) on PATH, skipped without it (CI fails earlier if node is missing);
 * installs the pinned SDK with {@code npm ci} when it is not in {@code node_modules} yet. Logs of
 * both runs land in {@code target/exa-js-conformance/}.
 */
class ExaJsConformanceTests {


	/** Not the sandbox default, so a passing run proves the SDK sent the key it was given. */
	private static final String API_KEY = "exa-js-conformance-key";
	/** More than one default page (25) and not a multiple of it, so the last page is short. */
	private static final int SEEDED = 120;
	/** How many checks conformance.mjs runs; a check that silently vanished fails the summary line. */
	private static final int CHECKS = 10;

	private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(90);

	private static final String COLLECTION = "/websets/v0/imports";
	private static final Pattern API_PATH = Pattern.compile("/websets/v0/imports(/[^/]+)?");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record Run(NodeProject.ProcessResult script, List<RecordedRequest> requests, String sdkVersion) {
	}

	private static Run run;

	/** Runs conformance.mjs once for all tests; without node there is no run and each test is skipped. */
	@BeforeAll
	static void runTheSdkAgainstTheSandbox() throws IOException {
		Optional<Path> node = NodeProject.onPath("node");
		if (node.isEmpty()) {
			return;
		}
		NodeProject.requireNodeVersion(node.get());
		String sdkVersion = NodeProject.pinnedSdkVersion();
		if (!NodeProject.installedSdkVersion().equals(Optional.of(sdkVersion))) {
			NodeProject.npmCi(sdkVersion);
		}
		SandboxOptions options = SandboxOptions.defaults()
			.withApiKey(API_KEY)
			.withImports(SEEDED)
			.withProcessing(Duration.ofSeconds(1));
		try (SandboxServer server = SandboxServer.start(options)) {
			URI base = server.baseUrl();
			assertThat(base.getRawPath()).as("sandbox base URL %s", base).isEqualTo("/websets");
			String origin = base.getScheme() + "://" + base.getRawAuthority(); // exa-js appends /websets itself
			NodeProject.ProcessResult script = NodeProject.exec(List.of(node.get().toString(), "conformance.mjs", origin, API_KEY,
					Integer.toString(SEEDED)), SCRIPT_TIMEOUT, "conformance.log");
			run = new Run(script, server.requests(), sdkVersion);
		}
	}

	@BeforeEach
	void needsNode() {
		assumeTrue(run != null, () -> "node is not on PATH (" + System.getenv("PATH")
				+ "): skipping the exa-js conformance run; install Node.js " + NodeProject.MIN_NODE_MAJOR + "+ to run it");
	}

	@Test
	void everyCheckOfTheSdkScriptPasses() {
		String output = run.script().output();
		assertThat(run.script().exitCode()).as(() -> "conformance.mjs exit code; its output:\n" + output).isZero();
		assertThat(output).as("conformance.mjs output")
			.doesNotContain("not ok - ")
			.contains("exa-js " + run.sdkVersion() + " against ")
			.containsPattern("(?m)^" + CHECKS + " passed, 0 failed$");
	}

	@Test
	void theSdkCallsOnlyTheDocumentedImportsPaths() {
		List<RecordedRequest> api = select(r -> r.path().startsWith("/websets"));
		assertThat(api).as("requests to the API").isNotEmpty();
		assertThat(api).as("API requests outside /websets/v0/imports[/{id}]")
			.filteredOn(r -> !API_PATH.matcher(r.path()).matches())
			.isEmpty();
		assertThat(select(r -> !r.path().startsWith("/websets") && !r.path().startsWith(UploadEndpoint.PREFIX)))
			.as("requests neither to the API nor to an upload URL")
			.isEmpty();

		List<RecordedRequest> lists = select(r -> r.method().equals("GET") && r.path().equals(COLLECTION));
		assertThat(lists).as("list() and the first page of getAll(): GET without a query")
			.filteredOn(r -> r.query() == null)
			.hasSize(2);
		assertThat(lists).as("list({limit: 5})").filteredOn(r -> "limit=5".equals(r.query())).hasSize(1);
		assertThat(lists).as("list({cursor, limit: 5}): cursor first, then limit")
			.filteredOn(r -> r.query() != null && r.query().matches("cursor=[^&]+&limit=5"))
			.hasSize(1);
		assertThat(lists).as("getAll() after its first page: one GET per further page, stopping at hasMore false")
			.filteredOn(r -> r.query() != null && r.query().matches("cursor=[^&]+"))
			.hasSize((SEEDED + 24) / 25 - 1);

		assertThat(select(r -> r.method().equals("POST") && r.path().equals(COLLECTION)))
			.as("create(params, csv) twice: POST with the computed size and count")
			.hasSize(2)
			.allSatisfy(r -> {
				JsonNode body = JSON.readTree(r.bodyText());
				assertThat(body.path("format").asString()).isEqualTo("csv");
				assertThat(body.path("entity").path("type").asString()).isEqualTo("company");
				assertThat(body.path("size").isNumber()).as("size is a number: %s", body).isTrue();
				assertThat(body.path("count").isNumber()).as("count is a number: %s", body).isTrue();
			});
		assertThat(select(r -> r.method().equals("GET") && r.path().startsWith(COLLECTION + "/")))
			.as("get(id) and the polls of waitUntilCompleted")
			.hasSizeGreaterThanOrEqualTo(5);
		assertThat(select(r -> r.method().equals("PATCH"))).as("update(id, ...)")
			.singleElement()
			.satisfies(r -> assertThat(r.path()).startsWith(COLLECTION + "/"));
		assertThat(select(r -> r.method().equals("DELETE"))).as("delete(id): the updated and the failed import")
			.hasSize(2)
			.allSatisfy(r -> assertThat(r.path()).startsWith(COLLECTION + "/"));
	}

	@Test
	void theCsvUploadIsAPutToTheUploadUrlWithoutTheApiKey() {
		List<RecordedRequest> uploads = select(r -> r.path().startsWith(UploadEndpoint.PREFIX));
		assertThat(uploads).as("the SDK's PUTs to uploadUrl").hasSize(2).allSatisfy(upload -> {
			assertThat(upload.method()).isEqualTo("PUT");
			assertThat(upload.query()).startsWith("token=");
			assertThat(upload.header("x-api-key")).as("x-api-key on the upload").isNull();
			assertThat(upload.header("authorization")).as("Authorization on the upload").isNull();
			assertThat(upload.header("content-length")).as("Content-Length on the upload")
				.isEqualTo(Integer.toString(upload.body().length));
		});
		assertThat(uploads.get(0).bodyText()).as("the first upload carries the CSV as given")
			.startsWith("name,url\n")
			.contains("https://exa.ai");
		String uploadedId = uploads.get(0).path().substring(UploadEndpoint.PREFIX.length());
		assertThat(select(r -> r.method().equals("GET") && r.path().equals(COLLECTION + "/" + uploadedId)))
			.as("waitUntilCompleted polled the import whose file was uploaded")
			.isNotEmpty();
	}

	@Test
	void everyApiCallCarriesTheKeyAndTheSdkHeaders() {
		List<RecordedRequest> api = select(r -> r.path().startsWith("/websets"));
		assertThat(api).isNotEmpty().allSatisfy(r -> {
			assertThat(r.header("user-agent")).as("User-Agent of %s", r).isEqualTo("exa-node " + run.sdkVersion());
			assertThat(r.header("content-type")).as("Content-Type of %s", r).isEqualTo("application/json");
		});
		assertThat(api).as("requests with the wrong key (one list() call)")
			.filteredOn(r -> (API_KEY + "-wrong").equals(r.header("x-api-key")))
			.hasSize(1);
		assertThat(api).as("requests with neither the key nor the wrong key")
			.filteredOn(r -> !API_KEY.equals(r.header("x-api-key")) && !(API_KEY + "-wrong").equals(r.header("x-api-key")))
			.isEmpty();
	}

	private static List<RecordedRequest> select(Predicate<RecordedRequest> which) {
		return run.requests().stream().filter(which).toList();
	}
}
