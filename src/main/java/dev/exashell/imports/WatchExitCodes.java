package dev.exashell.imports;

import dev.exashell.cli.ExitCodes;
import dev.exashell.watch.WatchOutcome;
import dev.exashell.watch.WatchOutcome.Kind;
import java.util.List;

/** The exit code {@code watch} and {@code create --wait} end with, by how the watch ended (README, Exit codes). */
final class WatchExitCodes {

	private WatchExitCodes() {
	}

	static int of(Kind kind) {
		return switch (kind) {
			case COMPLETED -> ExitCodes.OK;
			case FAILED -> ExitCodes.IMPORT_FAILED;
			case TIMED_OUT -> ExitCodes.TIMEOUT;
			case NOT_FOUND -> ExitCodes.NOT_FOUND;
			case AUTH -> ExitCodes.AUTH;
			case ERROR -> ExitCodes.API_ERROR;
			case INTERRUPTED -> ExitCodes.INTERRUPTED;
		};
	}

	/** One exit code for several watches: the most serious outcome's. */
	static int of(List<WatchOutcome> outcomes) {
		return of(WatchOutcome.mostSerious(outcomes));
	}
}
