package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.shell.TestShell.Result;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** list, filter and show against the sandbox at 40 to 120 columns: no line wider than the terminal, failed imports say why. */
class NarrowTerminalTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	@Test
	void at40ColumnsIdsKeepTheirEndAndRowNumbersStillWork() {
		TestShell shell = TestShell.terminal(SHARED.server(), 40);

		Result list = shell.run("list --limit 3");
		Result show = shell.run("show 1");

		assertThat(list).isEqualTo(new Result(0, """
				#  ID           STATUS        TITLE
				1  …5943mfxmg6  ● processing  Hospital …
				2  …p7vjmzj92e  ○ pending     Press con…
				3  …rbjawp1csb  ● processing  Research …
				""", "3 shown · more: next\n"));
		assertThat(show).isEqualTo(new Result(0, """
				ID         imp_05pf0ntbnn5943mfxmg6
				Status     ● processing
				Title      Hospital procurement — Q3
				           2026
				Format     csv
				Entity     research_paper
				Count      1,517
				Created    2026-11-30 11:59:27 UTC ·
				           32 sec ago
				Updated    2026-11-30 11:59:50 UTC ·
				           just now
				Metadata   none
				""", ""));
	}

	@Test
	void aPageOfFailedImportsGetsAReasonColumnWhenThereIsRoom() {
		Result failed = TestShell.terminal(SHARED.server(), 120).run("filter --status failed --limit 3");

		assertThat(failed.out()).isEqualTo("""
				#  ID                        STATUS    REASON              TITLE                       ENTITY   FORMAT  COUNT  CREATED
				1  imp_px28djjawsyxcy0j7fet  ✗ failed  invalid_format      All companies that exhibi…  company  csv         0  13 h ago
				2  imp_d4x9d34v3rjaeanmp7rk  ✗ failed  invalid_format      Acme, Inc. "priority" acc…  article  csv         0  yesterday
				3  imp_442gmymbjxfyg7m6e679  ✗ failed  missing_identifier  Partner pipeline — APAC     custom   csv         0  yesterday
				""");
	}

	@Test
	void pipedTsvEndsWithTheFailedReason() {
		Result failed = TestShell.piped(SHARED.server()).run("filter --status failed --limit 2");

		assertThat(failed.outLines()).extracting(line -> line.substring(line.lastIndexOf('\t') + 1))
			.containsExactly("invalid_format", "invalid_format");
		assertThat(failed.outLines()).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(8));
	}

	@ParameterizedTest(name = "{0} columns")
	@ValueSource(ints = { 40, 60, 80, 100, 120 })
	void noRowIsWiderThanTheTerminal(int width) {
		TestShell shell = TestShell.terminal(SHARED.server(), width);

		for (String line : new String[] { "list --limit 50", "next", "filter --status failed,processing", "show 1" }) {
			Result result = shell.run(line);
			assertThat(result.code()).as(line).isZero();
			assertThat(result.outLines()).as(line + " at " + width)
				.allSatisfy(text -> assertThat(new AttributedString(text).columnLength())
					.isLessThanOrEqualTo(width));
		}
	}
}
