package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import java.io.File;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Node.js side of the exa-js conformance run: finding node and npm, installing the pinned SDK, running scripts. */
final class NodeProject {

	private static final Path BASEDIR = Path.of(System.getProperty("user.dir"));
	static final Path NODE_DIR = BASEDIR.resolve("src/test/node/exa-js-conformance");
	private static final Path LOG_DIR = BASEDIR.resolve("target/exa-js-conformance");
	private static final String SDK = "exa-js";
	static final int MIN_NODE_MAJOR = 20;
	private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
	private static final Duration QUICK_TIMEOUT = Duration.ofSeconds(20);
	private static final JsonMapper JSON = JsonMapper.builder().build();

	record ProcessResult(int exitCode, String output) {
	}

	private NodeProject() {
	}

	private static boolean windows() {
		return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
	}

	/** The first executable called {@code name} (name.exe/.cmd on Windows) in a PATH directory. */
	static Optional<Path> onPath(String name) {
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

	static void requireNodeVersion(Path node) throws IOException {
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

	static String pinnedSdkVersion() throws IOException {
		JsonNode pin = JSON.readTree(NODE_DIR.resolve("package.json").toFile()).path("dependencies").path(SDK);
		assertThat(pin.isString()).as("%s is a dependency in %s/package.json", SDK, NODE_DIR).isTrue();
		assertThat(pin.asString()).as("the %s pin must be an exact version", SDK).matches("\\d+\\.\\d+\\.\\d+");
		return pin.asString();
	}

	/** The version in node_modules/exa-js/package.json, empty if it is not (fully) installed. */
	static Optional<String> installedSdkVersion() {
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

	static void npmCi(String sdkVersion) throws IOException {
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
	static ProcessResult exec(List<String> command, Duration timeout, String log) throws IOException {
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
