package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeReportTests {

	private static RuntimeReport report(String runtime, String cache, String vmInfo) {
		return RuntimeReport.of("1.2.3", "abc1234", Map.of("java.version", "25.0.3", "java.home", "/opt/exa/runtime",
				"java.vm.info", vmInfo, "exa.shell.runtime", runtime, "exa.shell.cache", cache));
	}

	@Test
	void theReleaseArchiveRunsOnItsBundledRuntimeFromItsCache() {
		assertThat(report("bundled", "/opt/exa/lib/exa-shell.aot", "mixed mode, emulated-client, sharing").lines())
			.containsExactly("exa-shell 1.2.3 (commit abc1234)", "Java 25.0.3 · bundled runtime · /opt/exa/runtime",
					"start-up cache: in use · /opt/exa/lib/exa-shell.aot");
	}

	@Test
	void aCacheTheJvmCouldNotMapIsReportedAsNotInUse() {
		assertThat(report("bundled", "/opt/exa/lib/exa-shell.aot", "mixed mode, emulated-client").lines())
			.endsWith("start-up cache: not in use (made for another Java or jar) · /opt/exa/lib/exa-shell.aot");
	}

	@Test
	void withoutALauncherThereIsNoCacheEvenWhenTheJdkSharesItsOwnArchive() {
		assertThat(report("system", "", "mixed mode, sharing").lines()).containsExactly("exa-shell 1.2.3 (commit abc1234)",
				"Java 25.0.3 · system Java · /opt/exa/runtime",
				"start-up cache: none (started without a launcher, or EXA_SHELL_CACHE=off)");
	}

	@Test
	void theBuildWroteTheVersionAndACommitIntoTheJar() {
		assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(Version.commit()).matches("[0-9a-f]{7,}|unknown");
	}
}
