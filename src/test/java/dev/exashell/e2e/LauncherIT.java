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
 * {@code scripts/exa-shell} starts the jar from the class-data cache it prepared for this jar and
 * this Java (an AOT cache on Java 25, an AppCDS archive on 17): the shell's own classes, Spring's
 * and Jackson's come out of the cache's shared objects file, not out of the jars. It also has
 * Spring use the bean definitions generated at build time (Spring AOT) instead of parsing the
 * configuration classes. Started without the launcher, the jar parses them and works the same.
 */
class LauncherIT {

	private static final Path LAUNCH = Path.of("target", "launch").toAbsolutePath();

	@Test
	void theLauncherRunsTheShellFromTheCacheItPrepared() throws Exception {
		Path classLog = Files.createTempFile("exa-it-classes", ".log");
		try {
			Run run = ExaShellJar.run(Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLog), null,
					Path.of("").toAbsolutePath(), "--sandbox", "-o", "tsv", "list", "--limit", "2");

			assertThat(run.code()).isZero();
			assertThat(run.out().lines()).hasSize(2);
			assertThat(readyCaches()).isNotEmpty();
			List<String> log = Files.readAllLines(classLog);
			assertThat(log).anyMatch(line -> line.contains("dev.exashell.boot.ExaShellMain source: shared objects file"))
				.anyMatch(line -> line.contains("tools.jackson.databind.json.JsonMapper source: shared objects file"))
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
	void withoutTheLauncherTheJarBuildsItsContextFromTheAnnotations() throws Exception {
		Path classLog = Files.createTempFile("exa-it-classes", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(ExaShellJar.java(), "-Xlog:class+load=info:file=" + classLog,
					"-jar", ExaShellJar.JAR.toString(), "--sandbox", "-o", "tsv", "list", "--limit", "2")
				.redirectError(ProcessBuilder.Redirect.DISCARD);
			builder.environment().remove("EXA_API_KEY");
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

			assertThat(process.waitFor()).isZero();
			assertThat(out.lines()).hasSize(2);
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

	private static List<Path> readyCaches() throws Exception {
		try (Stream<Path> dirs = Files.list(LAUNCH)) {
			return dirs.filter(dir -> Files.isRegularFile(dir.resolve("ready"))).toList();
		}
	}
}
