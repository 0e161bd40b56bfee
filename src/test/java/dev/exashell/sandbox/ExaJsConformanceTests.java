package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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

	private static final Path BASEDIR = Path.of(System.getProperty("user.dir"));
	private static final Path NODE_DIR = BASEDIR.resolve("src/test/node/exa-js-conformance");
	private static final Path LOG_DIR = BASEDIR.resolve("target/exa-js-conformance");
	private static final String SDK = "exa-js";
	private static final int MIN_NODE_MAJOR = 20;

	/** Not the sandbox default, so a passing run proves the SDK sent the key it was given. */
	private static final String API_KEY = "exa-js-conformance-key";
	/** More than one default page (25) and not a multiple of it, so the last page is short. */
	private static final int SEEDED = 120;
	/** How many checks conformance.mjs runs; a check that silently vanished fails the summary line. */
	private static final int CHECKS = 10;

	private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
	private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(90);
	private static final Duration QUICK_TIMEOUT = Duration.ofSeconds(20);

	private static final String COLLECTION = "/websets/v0/imports";
	private static final Pattern API_PATH = Pattern.compile("/websets/v0/imports(/[^/]+)?");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record ProcessResult(int exitCode, String output) {
	}

	private record Run(ProcessResult script, List<RecordedRequest> requests, String sdkVersion) {
	}

	private static Run run;

	/** Runs conformance.mjs once for all tests; without node there is no run and each test is skipped. */
	@BeforeAll
	static void runTheSdkAgainstTheSandbox() throws IOException {
		Optional<Path> node = onPath("node");
		if (node.isEmpty()) {
			return;
		}
		requireNodeVersion(node.get());
		String sdkVersion = pinnedSdkVersion();
		if (!installedSdkVersion().equals(Optional.of(sdkVersion))) {
			npmCi(sdkVersion);
		}
		SandboxOptions options = SandboxOptions.defaults()
			.withApiKey(API_KEY)
			.withImports(SEEDED)
			.withProcessing(Duration.ofSeconds(1));
		try (SandboxServer server = SandboxServer.start(options)) {
			URI base = server.baseUrl();
			assertThat(base.getRawPath()).as("sandbox base URL %s", base).isEqualTo("/websets");
			String origin = base.getScheme() + "://" + base.getRawAuthority(); // exa-js appends /websets itself
			ProcessResult script = exec(List.of(node.get().toString(), "conformance.mjs", origin, API_KEY,
					Integer.toString(SEEDED)), SCRIPT_TIMEOUT, "conformance.log");
			run = new Run(script, server.requests(), sdkVersion);
		}
	}

	@BeforeEach
	void needsNode() {
		assumeTrue(run != null, () -> "node is not on PATH (" + System.getenv("PATH")
				+ "): skipping the exa-js conformance run; install Node.js " + MIN_NODE_MAJOR + "+ to run it");
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

	// --- node and npm -----------------------------------------------------------------------

	private static boolean windows() {
		return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
	}

	/** The first executable called {@code name} (name.exe/.cmd on Windows) in a PATH directory. */
	private static Optional<Path> onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		List<String> files = windows() ? List.of(name + ".exe", name + ".cmd") : List.of(name);
		for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
			if (dir.isBlank()) {
				continue;
			}
			for (String file : files) {
				Path candidate;
				try {
					candidate = Path.of(dir.strip(), file);
				}
				catch (RuntimeException ex) { // an unusable PATH entry
					continue;
				}
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	private static void requireNodeVersion(Path node) throws IOException {
		ProcessResult version = exec(List.of(node.toString(), "--version"), QUICK_TIMEOUT, "node-version.log");
		Matcher matcher = Pattern.compile("v(\\d+)\\.").matcher(version.output());
		if (version.exitCode() != 0 || !matcher.find()) {
			fail("%s --version failed (exit %d): %s", node, version.exitCode(), version.output());
		}
		int major = Integer.parseInt(matcher.group(1));
		if (major < MIN_NODE_MAJOR) {
			fail("%s is %s; the exa-js conformance run needs Node.js %d+", node, version.output().strip(), MIN_NODE_MAJOR);
		}
	}

	private static String pinnedSdkVersion() throws IOException {
		JsonNode pin = JSON.readTree(NODE_DIR.resolve("package.json").toFile()).path("dependencies").path(SDK);
		assertThat(pin.isString()).as("%s is a dependency in %s/package.json", SDK, NODE_DIR).isTrue();
		assertThat(pin.asString()).as("the %s pin must be an exact version", SDK).matches("\\d+\\.\\d+\\.\\d+");
		return pin.asString();
	}

	/** The version in node_modules/exa-js/package.json, empty if it is not (fully) installed. */
	private static Optional<String> installedSdkVersion() {
		Path manifest = NODE_DIR.resolve("node_modules").resolve(SDK).resolve("package.json");
		if (!Files.isRegularFile(manifest) || !Files.isRegularFile(manifest.resolveSibling("dist/index.mjs"))) {
			return Optional.empty();
		}
		try {
			return Optional.of(JSON.readTree(manifest.toFile()).path("version").asString());
		}
		catch (RuntimeException ex) { // a half-written install
			return Optional.empty();
		}
	}

	private static void npmCi(String sdkVersion) throws IOException {
		Path npm = onPath("npm").orElseThrow(() -> new AssertionError("node is on PATH but npm is not: cannot install "
				+ SDK + " " + sdkVersion + "; install npm, or run `npm ci` in " + NODE_DIR));
		ProcessResult install = exec(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), NPM_TIMEOUT, "npm-ci.log");
		assertThat(install.exitCode()).as(() -> "npm ci in " + NODE_DIR + " exit code; its output:\n" + install.output())
			.isZero();
		assertThat(installedSdkVersion()).as(() -> "after npm ci, the installed " + SDK + "; npm said:\n" + install.output())
			.contains(sdkVersion);
	}

	/**
	 * Runs a command in the node folder, stdout and stderr merged into {@code target/exa-js-conformance/<log>}
	 * (a file, so a chatty process can never block on a full pipe). Kills it, children first, on timeout.
	 */
	private static ProcessResult exec(List<String> command, Duration timeout, String log) throws IOException {
		Files.createDirectories(LOG_DIR);
		Path logFile = LOG_DIR.resolve(log);
		ProcessBuilder builder = new ProcessBuilder(command).directory(NODE_DIR.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logFile.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File(windows() ? "NUL" : "/dev/null")));
		Map<String, String> env = builder.environment();
		env.remove("EXA_API_KEY"); // exa-js falls back to it; the script must use the key it is given
		env.remove("NODE_OPTIONS");
		env.put("NO_COLOR", "1");
		env.put("npm_config_update_notifier", "false");
		Process process = builder.start();
		boolean finished;
		try {
			finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			finished = false;
		}
		if (!finished) {
			List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
			children.forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			try {
				process.waitFor(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			fail("%s did not finish within %s; its output so far:%n%s", String.join(" ", command), timeout, read(logFile));
		}
		return new ProcessResult(process.exitValue(), read(logFile));
	}

	private static String read(Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}
}
