package dev.exashell.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.OutputFormat;
import dev.exashell.session.Position;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The command a cut-off {@code list --all} offers: what it printed, and the rest when pasted. */
class ResumeHintTests {

	private static ListRequest request(Set<String> statuses) {
		return new ListRequest(25, Position.START, statuses, 0);
	}

	@Test
	void countsWithThousandsAndTheRightNoun() {
		assertThat(ResumeHint.text(request(Set.of()), Position.at("C"), 1_400, Long.MAX_VALUE, OutputFormat.TSV))
			.isEqualTo("stopped after 1,400 imports; resume with: exa-shell list --all --cursor C");
		assertThat(ResumeHint.text(request(Set.of()), Position.at("C"), 1, Long.MAX_VALUE, OutputFormat.TABLE))
			.isEqualTo("stopped after 1 import; resume with: exa-shell list --all --cursor C");
	}

	@Test
	void theCommandKeepsTheFilterWhatIsLeftOfMaxItemsAndAMachineFormat() {
		assertThat(ResumeHint.text(request(Set.of("pending", "failed")), new Position(null, 57), 40, 100,
				OutputFormat.JSONL))
			.isEqualTo("stopped after 40 imports; resume with: exa-shell list --all --status failed,pending"
					+ " --max-items 60 -o jsonl --cursor " + new Position(null, 57).token());
	}

	@Test
	void aCursorAShellWouldSplitIsQuoted() {
		assertThat(ResumeHint.text(request(Set.of()), Position.at("a b'c"), 0, Long.MAX_VALUE, OutputFormat.CSV))
			.isEqualTo("stopped after 0 imports; resume with: exa-shell list --all -o csv --cursor 'a b'\\''c'");
	}
}
