package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeReportTests {

	private static final String CACHE = "/opt/exa/lib/exa-shell.aot";

	@TempDir
	Path dir;

	/** A /proc/self/maps with the JDK's own base archive mapped and, if {@code withCache}, the launcher's cache. */
	private RuntimeReport report(String runtime, String cache, boolean withCache) throws IOException {
		String maps = "7f3880000000-7f3880100000 r--p 00000000 fe:00 123  /usr/lib/jvm/jdk/lib/server/classes.jsa\n"
				+ (withCache ? "3c001000-3e3d1000 rw-p 00001000 fe:00 2155822                    " + CACHE + "\n" : "");
		Path file = Files.writeString(dir.resolve("maps"), maps);
		return RuntimeReport.of("1.2.3", "abc1234", Map.of("java.version", "25.0.3", "java.home", "/opt/exa/runtime",
				"exa.shell.runtime", runtime, "exa.shell.cache", cache), file);
	}

	@Test
	void theReleaseArchiveRunsOnItsBundledRuntimeFromItsCache() throws IOException {
		assertThat(report("bundled", CACHE, true).lines()).containsExactly("exa-shell 1.2.3 (commit abc1234)",
				"Java 25.0.3 · bundled runtime · /opt/exa/runtime", "start-up cache: in use · " + CACHE);
	}

	@Test
	void aCacheTheJvmDidNotMapIsNotInUseThoughTheJdksOwnArchiveIs() throws IOException {
		assertThat(report("bundled", CACHE, false).lines())
			.endsWith("start-up cache: not in use (made for another Java or jar) · " + CACHE);
	}

	@Test
	void withoutALauncherThereIsNoCache() throws IOException {
		assertThat(report("system", "", false).lines()).containsExactly("exa-shell 1.2.3 (commit abc1234)",
				"Java 25.0.3 · system Java · /opt/exa/runtime",
				"start-up cache: none (started without a launcher, or EXA_SHELL_CACHE=off)");
	}

	@Test
	void unreadableMapsMeanNotInUse() {
		assertThat(RuntimeReport.of("1", "c", Map.of("java.version", "17", "java.home", "/j", "exa.shell.runtime",
				"system", "exa.shell.cache", CACHE), dir.resolve("missing")).cacheMapped()).isFalse();
	}

	/** The build (git-commit-id-maven-plugin) wrote the version and the commit of this checkout. */
	@Test
	void theBuildWroteTheVersionAndTheCommitIntoTheJar() {
		assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(Version.commit()).matches("[0-9a-f]{7,}");
	}
}
