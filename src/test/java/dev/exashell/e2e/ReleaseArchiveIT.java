package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release archive as a user gets it: {@code scripts/package} builds it from the packaged jar,
 * and it is unpacked elsewhere and started through a symlink on a PATH that holds no {@code java},
 * with no {@code JAVA_HOME}: the bundled runtime runs it, from the start-up cache made at build
 * time, on the very first run. {@code scripts/install} installs, upgrades and removes it.
 */
class ReleaseArchiveIT {

	private static final String NAME = "exa-shell-" + Version.current() + "-linux-x64";

	private static Path work;

	private static Path archive;

	/** A PATH with the few tools the launcher and the scripts need, and no java. */
	private static Path tools;

	record Result(int code, String out, String err) {
	}

	@BeforeAll
	static void buildTheArchive() throws Exception {
		work = Files.createTempDirectory("exa-release-it");
		Result packaged = run(Path.of("").toAbsolutePath(), Map.of("EXA_SHELL_NO_BUILD", "1"), 600,
				"scripts/package", "--output", work.resolve("dist").toString());
		assertThat(packaged.code()).as(packaged.err()).isZero();
		assertThat(packaged.err()).contains("bundled Java", "with start-up caches made at build time");
		archive = work.resolve("dist").resolve(NAME + ".tar.gz");
		assertThat(Files.readString(work.resolve("dist").resolve(NAME + ".tar.gz.sha256")))
			.matches("[0-9a-f]{64}  " + NAME + "\\.tar\\.gz\\n");
		tools = Files.createDirectories(work.resolve("tools"));
		for (String tool : List.of("bash", "env", "readlink", "dirname", "cat", "tar", "gzip", "mkdir", "rm", "rmdir",
				"mv", "ln", "ls", "head", "basename", "mktemp", "sha256sum", "sed")) {
			Files.createSymbolicLink(tools.resolve(tool), Path.of("/usr/bin", tool).toRealPath());
		}
	}

	@AfterAll
	static void removeTheWorkDirectory() throws IOException {
		if (work != null) {
			try (Stream<Path> paths = Files.walk(work)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	@Test
	void theUnpackedArchiveRunsThroughASymlinkWithNoJavaOnThePathFromItsCacheOnTheFirstRun() throws Exception {
		Path unpacked = Files.createDirectories(work.resolve("unpacked"));
		assertThat(run(unpacked, Map.of(), 60, "tar", "-xzf", archive.toString()).code()).isZero();
		Path home = unpacked.resolve(NAME);
		assertThat(home.resolve("runtime/bin/java")).isExecutable();
		assertThat(home.resolve("NOTICE.md")).content().contains("| tools.jackson.core:jackson-databind |",
				"runtime/legal/");
		assertThat(home.resolve("sbom.cdx.json")).content().contains("\"bomFormat\" : \"CycloneDX\"");
		Path bin = Files.createDirectories(work.resolve("elsewhere/bin"));
		Files.createSymbolicLink(bin.resolve("exa-shell"), home.resolve("bin/exa-shell"));
		Map<String, String> env = Map.of("PATH", bin + ":" + tools);
		Path cwd = Files.createDirectories(work.resolve("cwd"));

		Result version = run(cwd, env, 60, "/usr/bin/env", "exa-shell", "--version");
		assertThat(version.err()).isEmpty();
		assertThat(version.out()).startsWith("exa-shell " + Version.current() + " (commit ")
			.contains(" · bundled runtime · " + home.resolve("runtime").toRealPath())
			.endsWith("start-up cache: in use · " + home.resolve("lib/exa-shell.aot").toRealPath() + "\n");

		Result list = run(cwd, env, 60, "/usr/bin/env", "exa-shell", "--sandbox", "-o", "tsv", "list", "--limit", "2");
		assertThat(list.code()).isZero();
		assertThat(list.err()).isEmpty();
		assertThat(list.out().lines()).hasSize(2).allMatch(line -> line.startsWith("imp_"));

		Path script = cwd.resolve("two.exa");
		Files.writeString(script, "#!/usr/bin/env exa-shell\nversion\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		Result viaShebang = run(cwd, env, 60, script.toString());
		assertThat(viaShebang.code()).as(viaShebang.err()).isZero();
		assertThat(viaShebang.out()).startsWith("exa-shell " + Version.current() + " (commit ");
	}

	@Test
	void installUpgradesInPlaceAndUninstallRemovesOnlyWhatItInstalled() throws Exception {
		Path prefix = Files.createDirectories(work.resolve("prefix"));
		Files.createDirectories(prefix.resolve("bin"));
		Files.writeString(prefix.resolve("bin/other-tool"), "mine");
		Path install = Path.of("scripts/install").toAbsolutePath();
		Map<String, String> env = Map.of("PATH", tools.toString(), "HOME", work.toString());
		Path link = prefix.resolve("bin/exa-shell");
		Path versionDir = prefix.resolve("lib/exa-shell/" + Version.current());

		for (int round = 1; round <= 2; round++) {
			Result installed = run(work, env, 120, install.toString(), "--prefix", prefix.toString(), "--archive",
					archive.toString());
			assertThat(installed.code()).as(installed.err()).isZero();
			assertThat(installed.err()).startsWith("exa-shell " + Version.current() + " installed: " + link + " -> "
					+ versionDir + "/bin/exa-shell\n");
			assertThat(Files.readSymbolicLink(link)).isEqualTo(versionDir.resolve("bin/exa-shell"));
			try (Stream<Path> versions = Files.list(prefix.resolve("lib/exa-shell"))) {
				assertThat(versions).containsExactly(versionDir);
			}
			Result version = run(work, env, 60, link.toString(), "--version");
			assertThat(version.out()).contains("start-up cache: in use · " + versionDir.resolve("lib/exa-shell.aot"));
		}

		Result removed = run(work, env, 60, install.toString(), "--uninstall", "--prefix", prefix.toString());
		assertThat(removed).isEqualTo(new Result(0, "", "exa-shell removed from " + prefix + " (your configuration was kept)\n"));
		assertThat(link).doesNotExist();
		assertThat(prefix.resolve("lib/exa-shell")).doesNotExist();
		assertThat(prefix.resolve("bin/other-tool")).hasContent("mine");

		Path nowhere = work.resolve("no-such-prefix");
		assertThat(run(work, env, 60, install.toString(), "--uninstall", "--prefix", nowhere.toString()))
			.isEqualTo(new Result(0, "", "install: exa-shell is not installed under " + nowhere + "\n"));
		assertThat(nowhere).doesNotExist();
	}

	@Test
	void installNeverReplacesAnExaShellThatIsNotItsOwn() throws Exception {
		Path prefix = Files.createDirectories(work.resolve("taken/bin")).getParent();
		Files.writeString(prefix.resolve("bin/exa-shell"), "someone else's");
		Result refused = run(work, Map.of("PATH", tools.toString(), "HOME", work.toString()), 60,
				Path.of("scripts/install").toAbsolutePath().toString(), "--prefix", prefix.toString(), "--archive",
				archive.toString());
		assertThat(refused).isEqualTo(new Result(1, "", "install: " + prefix.resolve("bin/exa-shell")
				+ " exists and is not exa-shell's link; move it away first\n"));
		assertThat(prefix.resolve("bin/exa-shell")).hasContent("someone else's");
		assertThat(prefix.resolve("lib")).doesNotExist();
	}

	private static Result run(Path cwd, Map<String, String> env, long timeoutSeconds, String... command)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(cwd.toFile());
		Map<String, String> environment = builder.environment();
		if (env.containsKey("PATH")) {
			Map<String, String> keep = new HashMap<>();
			for (String name : List.of("LANG", "LC_ALL", "TMPDIR", "HOME")) {
				if (environment.containsKey(name)) {
					keep.put(name, environment.get(name));
				}
			}
			environment.clear();
			environment.putAll(keep);
		}
		environment.remove("JAVA_HOME");
		List.of("EXA_API_KEY", "EXA_BASE_URL", "EXA_PROFILE", "COLUMNS", "NO_COLOR").forEach(environment::remove);
		environment.put("XDG_CONFIG_HOME", work.resolve("config").toString());
		environment.putAll(env);
		Path out = Files.createTempFile(work, "out", ".txt");
		Path err = Files.createTempFile(work, "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
		}
		return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}
}
