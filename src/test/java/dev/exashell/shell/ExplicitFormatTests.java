package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.sandbox.SandboxServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A format the user typed wins over the terminal check: {@code -o table} is a table through a pipe too. */
class ExplicitFormatTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	private static SandboxServer sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = SHARED.server();
	}

	@Test
	void aGlobalDashOTableIsATableWhenPiped() {
		Result onTerminal = TestShell.of(sandbox, OutputFormat.AUTO, true).run("list --limit 3");

		Result piped = TestShell.of(sandbox, OutputFormat.TABLE, false).run("list --limit 3");

		assertThat(piped).isEqualTo(onTerminal);
		assertThat(piped.outLines().get(0)).startsWith("#").contains("ID", "STATUS");
	}

	@Test
	void aCommandsDashOTableIsATableWhenPiped() {
		Result onTerminal = TestShell.of(sandbox, OutputFormat.AUTO, true).run("show " + firstId());

		Result piped = TestShell.of(sandbox, OutputFormat.AUTO, false).run("show " + firstId() + " -o table");

		assertThat(piped).isEqualTo(onTerminal);
	}

	@Test
	void withoutDashOAPipeStillGetsTsv() {
		assertThat(TestShell.of(sandbox, OutputFormat.AUTO, false).run("list --limit 3").outLines())
			.hasSize(3).allSatisfy(line -> assertThat(line).startsWith("imp_").contains("\t"));
	}

	private static String firstId() {
		return TestShell.direct(sandbox).list(null, 1).data().get(0).id();
	}
}
