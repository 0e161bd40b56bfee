package dev.exashell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.e2e.ExaShellJar.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/exa-shell} starts the jar from the class-data caches it prepared for this jar and
 * this Java (AOT caches on Java 25, AppCDS archives on 17), one for each way the shell starts: a
 * one-shot run loads no Spring at all, the prompt starts Spring with the bean definitions generated
 * at build time (Spring AOT) instead of parsing the configuration classes; the classes come out of
 * the cache's shared objects file, not out of the jars. Started without the launcher, the jar
 * parses the configurations and works the same.
 */
class LauncherIT {

	private static final Path LAUNCH = Path.of("target", "launch").toAbsolutePath();

	@Test
	void aOneShotRunStartsWithoutSpringFromTheCacheTrainedWithoutAPrompt() throws Exception {
		Path classLog = Files.createTempFile("exa-it-classes", ".log");
		try {
			Run run = ExaShellJar.run(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLog), null,
					Path.of("").toAbsolutePath(), "--sandbox", "-o", "tsv", "list", "--limit", "2");

			assertThat(run.code()).isZero();
			assertThat(run.out().lines()).hasSize(2);
			assertThat(readyCaches()).isNotEmpty().allMatch(dir -> Files.isRegularFile(cache(dir, "exa-shell"))
					&& Files.isRegularFile(cache(dir, "exa-shell-prompt")));
			assertThat(Files.readAllLines(classLog))
				.anyMatch(line -> line.contains("dev.exashell.boot.ExaShellMain source: shared objects file"))
				.anyMatch(line -> line.contains("dev.exashell.boot.ShellWiring source: shared objects file"))
				.noneMatch(line -> line.contains(" org.springframework."))
				.noneMatch(line -> line.contains(" org.jline.terminal."));
			assertThat(ExaShellJar.run("version").out()).contains("start-up cache: in use · ")
				.containsPattern("/exa-shell\\.(aot|jsa)\n");
		}
		finally {
			Files.deleteIfExists(classLog);
		}
	}

	@Test
	void thePromptStartsSpringFromItsOwnCacheWithTheDefinitionsGeneratedAtBuildTime() throws Exception {
		Path classLog = Files.createTempFile("exa-it-classes", ".log");
		try {
			Run run = ExaShellJar.run(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLog), "version\n",
					Path.of("").toAbsolutePath(), "--sandbox");

			assertThat(run.code()).isZero();
			assertThat(run.out()).contains("start-up cache: in use · ").containsPattern("/exa-shell-prompt\\.(aot|jsa)\n");
			assertThat(Files.readAllLines(classLog))
				.anyMatch(line -> line.contains("dev.exashell.boot.ExaShellMain source: shared objects file"))
				.anyMatch(line -> line.contains(
						"org.springframework.context.support.GenericApplicationContext source: shared objects file"))
				.anyMatch(line -> line.contains("dev.exashell.boot.ExaShellApplication__ApplicationContextInitializer "))
				.noneMatch(line -> line.contains("org.springframework.context.annotation.ConfigurationClassParser "));
		}
		finally {
			Files.deleteIfExists(classLog);
		}
	}

	@Test
	void withoutTheLauncherThePromptBuildsItsContextFromTheAnnotations() throws Exception {
		Path classLog = Files.createTempFile("exa-it-classes", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(ExaShellJar.java(), "-Xlog:class+load=info:file=" + classLog,
					"-jar", ExaShellJar.JAR.toString(), "--sandbox")
				.redirectError(ProcessBuilder.Redirect.DISCARD);
			builder.environment().remove("EXA_API_KEY");
			Process process = builder.start();
			try (var in = process.getOutputStream()) {
				in.write("version\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

			assertThat(process.waitFor()).isZero();
			assertThat(out).startsWith("exa-shell ").contains("start-up cache: ");
			assertThat(Files.readAllLines(classLog))
				.anyMatch(line -> line.contains("org.springframework.context.annotation.ConfigurationClassParser "))
				.noneMatch(line -> line.contains("ExaShellApplication__ApplicationContextInitializer "));
		}
		finally {
			Files.deleteIfExists(classLog);
		}
	}

	@Test
	void theLauncherRunsThroughASymlinkFromAnotherDirectory() throws Exception {
		Path bin = Files.createTempDirectory("exa-it-bin");
		Path elsewhere = Files.createTempDirectory("exa-it-cwd");
		try {
			Path link = Files.createSymbolicLink(bin.resolve("exa-shell"), ExaShellJar.LAUNCHER);

			Run direct = ExaShellJar.run("--version");
			Run linked = ExaShellJar.runVia(link, Map.of(), null, elsewhere, "--version");

			assertThat(linked.err()).isEmpty();
			assertThat(linked.code()).isZero();
			assertThat(linked.out()).isEqualTo(direct.out()).startsWith("exa-shell ");
		}
		finally {
			deleteAll(bin);
			deleteAll(elsewhere);
		}
	}

	@Test
	void aScriptWithAnEnvShebangFindsTheLauncherLinkedIntoThePath() throws Exception {
		Path bin = Files.createTempDirectory("exa-it-bin");
		try {
			Files.createSymbolicLink(bin.resolve("exa-shell"), ExaShellJar.LAUNCHER);
			Path script = Files.writeString(bin.resolve("check.exa"), "#!/usr/bin/env exa-shell\nversion\n");
			script.toFile().setExecutable(true);

			Run run = ExaShellJar.runVia(script, Map.of("PATH", bin + ":" + System.getenv("PATH")), null,
					Files.createTempDirectory(bin, "cwd"));

			assertThat(run.err()).isEmpty();
			assertThat(run.code()).isZero();
			assertThat(run.out()).isEqualTo(ExaShellJar.run("version").out()).startsWith("exa-shell ");
		}
		finally {
			deleteAll(bin);
		}
	}

	private static void deleteAll(Path dir) throws Exception {
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** The cache named {@code name} in a launch directory: an AOT cache on Java 25, an AppCDS archive before. */
	private static Path cache(Path dir, String name) {
		Path aot = dir.resolve(name + ".aot");
		return Files.exists(aot) ? aot : dir.resolve(name + ".jsa");
	}

	private static List<Path> readyCaches() throws Exception {
		try (Stream<Path> dirs = Files.list(LAUNCH)) {
			return dirs.filter(dir -> Files.isRegularFile(dir.resolve("ready"))).toList();
		}
	}
}
