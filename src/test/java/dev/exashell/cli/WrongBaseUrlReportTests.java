package dev.exashell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.NotFoundException;
import dev.exashell.cli.ErrorReporter.Report;
import org.junit.jupiter.api.Test;

/** A 404 that says the base URL is wrong is a configuration error naming the URL; any other is "not found". */
class WrongBaseUrlReportTests {

	private static final String HINT = "check the base URL: it should end in /websets, as https://api.exa.ai/websets does";

	@Test
	void aWrongBaseUrlNamesTheUrlTriedAndExitsWith1() {
		NotFoundException e = new NotFoundException(404, "body was not JSON: <h1>Not Found</h1>", null, null, null,
				"https://proxy.example/v0/imports/imp_1", false, false);

		assertThat(ErrorReporter.describe(e)).isEqualTo(new Report(1,
				"no Imports API at https://proxy.example/v0/imports/imp_1 (HTTP 404: body was not JSON: <h1>Not Found</h1>)",
				HINT));
	}

	@Test
	void anImportTheApiDoesNotKnowIsStillNotFound() {
		NotFoundException e = new NotFoundException(404, "Import not found", "IMPORT_NOT_FOUND", "NOT_FOUND", null,
				"https://api.exa.ai/websets/v0/imports/imp_1", false, true);

		assertThat(ErrorReporter.describe(e)).isEqualTo(new Report(3, "not found: HTTP 404: Import not found",
				"list shows the ids that exist"));
	}
}
