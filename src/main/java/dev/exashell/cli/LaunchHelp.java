package dev.exashell.cli;

/** {@code exa-shell --help}: how to start it, before any command is known. */
public final class LaunchHelp {

	private LaunchHelp() {
	}

	public static String text() {
		return """
				exa-shell: an interactive shell for the Exa Websets Imports API

				usage:
				  exa-shell [global options]                 open the interactive shell
				  exa-shell [global options] COMMAND [ARGS]  run one command, exit with its code
				  exa-shell [global options] FILE.exa        run a script (also --file FILE,
				                                             --file - for stdin)

				global options:
				  --sandbox              start the embedded sandbox in-process and use it
				                         (no key needed)
				  --base-url URL         API base URL (default https://api.exa.ai/websets;
				                         env EXA_BASE_URL)
				  -o, --output FORMAT    table, tsv, json, jsonl or csv (default: table on a
				                         terminal, tsv when piped)
				  --color WHEN           auto, always or never (auto honours NO_COLOR)
				  --debug                request/response lines and stack traces on stderr
				                         (key redacted)
				  --request-timeout D    how long each attempt waits for an answer, 100ms to 10m
				                         (default 30s; env EXA_REQUEST_TIMEOUT)
				  --api-key KEY          use KEY (prefer the EXA_API_KEY environment variable)
				  --profile NAME         use the key and base URL saved for NAME
				                         (env EXA_PROFILE)
				  --file FILE            run FILE as a script; - reads standard input
				  --continue-on-error    in a script, run on after a failing command
				  --echo                 in a script, print each command (prefixed "+ ")
				                         before running it
				  --version, --help

				exit codes: 0 ok · 1 API or network error · 2 usage error · 3 not found
				            4 authentication · 5 import failed · 6 timed out · 130 interrupted
				            141 the output pipe was closed (| head)
				type 'help' in the shell (or exa-shell help) for the commands.
				""";
	}
}
