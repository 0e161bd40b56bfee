package dev.exashell.imports;

import dev.exashell.cli.LineTokenizer;
import dev.exashell.cli.OutputFormat;
import dev.exashell.session.Position;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The hint of a {@code list --all} that stopped partway:
 * {@code stopped after 1,400 imports; resume with: exa-shell list --all --cursor C}, the command
 * carrying the status filter, what is left of {@code --max-items} and a machine format, and the
 * cursor quoted if a shell would split it, so it works when pasted.
 */
final class ResumeHint {

	private ResumeHint() {
	}

	/**
	 * @param at where the next import is
	 * @param printed imports printed so far
	 */
	static String text(ListRequest request, Position at, long printed, long maxItems, OutputFormat format) {
		StringBuilder command = new StringBuilder("exa-shell list --all");
		if (request.filtered()) {
			command.append(" --status ").append(String.join(",", new TreeSet<>(request.statuses())));
		}
		if (maxItems != Long.MAX_VALUE) {
			command.append(" --max-items ").append(maxItems - printed);
		}
		if (format == OutputFormat.JSON || format == OutputFormat.JSONL || format == OutputFormat.CSV) {
			command.append(" -o ").append(format.name().toLowerCase(Locale.ROOT));
		}
		if (at.cursor() != null || at.skip() > 0) {
			command.append(" --cursor ").append(LineTokenizer.quote(at.token()));
		}
		return "stopped after " + String.format(Locale.ROOT, "%,d", printed) + (printed == 1 ? " import" : " imports")
				+ "; resume with: " + command;
	}
}
