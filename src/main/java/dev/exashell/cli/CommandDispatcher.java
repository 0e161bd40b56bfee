package dev.exashell.cli;

import java.util.List;

/**
 * Runs one command line: finds the command, binds its words, runs it and turns any failure into
 * one reported line and an exit code. Shared by the prompt, one-shot mode and scripts, so all
 * three behave the same.
 */
public final class CommandDispatcher {

	private final CommandCatalog catalog;
	private final ErrorReporter reporter;
	private final IoSource io;

	public CommandDispatcher(CommandCatalog catalog, ErrorReporter reporter, IoSource io) {
		this.catalog = catalog;
		this.reporter = reporter;
		this.io = io;
	}

	/** Tokenizes and runs a line; {@code location} (e.g. {@code file.exa:3}) prefixes errors. */
	public int executeLine(String line, String location) {
		List<String> words;
		try {
			words = LineTokenizer.tokenize(line);
		}
		catch (RuntimeException e) {
			return reporter.report(e, io.io().err(), location);
		}
		return execute(words, location);
	}

	public int execute(List<String> words, String location) {
		if (words.isEmpty()) {
			return ExitCodes.OK;
		}
		Io current = io.io();
		try {
			ShellCommand command = catalog.find(words.get(0)).orElseThrow(() -> unknownCommand(words.get(0)));
			List<String> rest = words.subList(1, words.size());
			if (rest.size() == 1 && (rest.get(0).equals("--help") || rest.get(0).equals("-h"))) {
				return execute(List.of("help", command.spec().name()), location);
			}
			int code = command.run(InvocationBinder.bind(command.spec(), rest));
			current.flush();
			return code;
		}
		catch (Exception | StackOverflowError e) {
			flushWhatCanBe(current);
			if (e instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return reporter.report(e, current.err(), location);
		}
	}

	/** Output written before a failure, if it can still be written: the failure is what gets reported. */
	public static void flushWhatCanBe(Io current) {
		for (java.io.PrintWriter writer : java.util.List.of(current.out(), current.err())) {
			try {
				writer.flush();
			}
			catch (OutputFailedException alreadyFailing) {
				// the output is broken: the failure being reported says more (or is this one)
			}
		}
	}

	private UsageException unknownCommand(String name) {
		if (CommandCatalog.isSecretLike(name)) {
			return new UsageException("unknown command (a " + name.codePointCount(0, name.length())
					+ "-character word, not shown in case it is a key)",
					"type help for all commands; to use a key, run login or set EXA_API_KEY");
		}
		String shown = InvocationBinder.abbreviate(name);
		return catalog.nearest(name)
			.map(near -> new UsageException("unknown command '" + shown + "'", "did you mean '" + near + "'? type help for all commands"))
			.orElseGet(() -> new UsageException("unknown command '" + shown + "'", "type help for all commands"));
	}
}
