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
 * and Jackson's come out of the cache's shared objects file, not out of the jars.
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
			assertThat(log).anyMatch(line -> line.contains("dev.exashell.cli.ExaShellMain source: shared objects file"))
				.anyMatch(line -> line.contains("tools.jackson.databind.json.JsonMapper source: shared objects file"))
				.anyMatch(line -> line.contains(
						"org.springframework.context.annotation.AnnotationConfigApplicationContext source: shared objects file"));
		}
		finally {
			Files.deleteIfExists(classLog);
		}
	}

	private static List<Path> readyCaches() throws Exception {
		try (Stream<Path> dirs = Files.list(LAUNCH)) {
			return dirs.filter(dir -> Files.isRegularFile(dir.resolve("ready"))).toList();
		}
	}
}
