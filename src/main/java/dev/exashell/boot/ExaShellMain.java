package dev.exashell.boot;

import dev.exashell.api.ExaException;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.LaunchHelp;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.OutputFailedException;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.cli.StandardStreams;
import dev.exashell.cli.UsageException;
import dev.exashell.config.ConfigStore;
import dev.exashell.interactive.TerminalOnDemand;
import java.util.Map;

/**
 * Entry point. Global options are read first, so a bad one fails fast with exit 2, and the mode
 * is decided at run time, not baked in. One command and a script run on {@link ShellWiring}
 * alone, without Spring; only the interactive shell starts Spring and Spring Shell's JLine wiring
 * ({@link InteractiveShell}), whose beans come from the same {@link ShellWiring}.
 */
public final class ExaShellMain {

	private ExaShellMain() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv()));
	}

	static int run(String[] args, Map<String, String> env) {
		StandardStreams streams = StandardStreams.system();
		LaunchOptions launch;
		try {
			launch = LaunchOptionsParser.parse(args, env);
		}
		catch (UsageException e) {
			return new ErrorReporter(false).report(e, streams.err(), null);
		}
		if (launch.showVersion() || launch.showHelp()) {
			try {
				if (launch.showVersion()) {
					RuntimeReport.current().lines().forEach(streams.out()::println);
				}
				else {
					streams.out().print(LaunchHelp.text());
				}
				streams.out().flush();
				return ExitCodes.OK;
			}
			catch (OutputFailedException e) {
				return new ErrorReporter(false).report(e, streams.err(), null);
			}
		}
		launch.warnings().forEach(w -> streams.err().println("warning: " + w));
		streams.err().flush();
		if (launch.mode() != LaunchOptions.Mode.INTERACTIVE) {
			return runWithoutPrompt(launch, env, streams);
		}
		Logging.configure(launch.debug());
		return InteractiveShell.run(launch, env, streams);
	}

	/**
	 * One command or a script: no prompt, so no Spring context either; the same {@link ShellWiring}
	 * the interactive shell's beans come from, and a terminal only if a command needs one.
	 */
	private static int runWithoutPrompt(LaunchOptions launch, Map<String, String> env, StandardStreams streams) {
		if (launch.sandbox()) {
			// the embedded sandbox's HTTP server logs through java.util.logging
			Logging.configure(launch.debug());
		}
		TerminalOnDemand terminal = new TerminalOnDemand(ConfigStore.locate(env).resolve(ConfigStore.HISTORY_FILE),
				() -> Logging.configure(launch.debug()));
		ShellWiring wiring;
		try {
			wiring = ShellWiring.create(launch, env, streams, terminal::width);
		}
		catch (RuntimeException e) {
			return new ErrorReporter(launch.debug()).report(causeOf(e), streams.err(), null);
		}
		// Stops the embedded sandbox and restores the terminal when the JVM is stopped by a signal.
		Thread closing = new Thread(() -> close(wiring, terminal), "exa-shell-close");
		Runtime.getRuntime().addShutdownHook(closing);
		try {
			Commands commands = wiring.commands(terminal::lineReader);
			return new ModeRunner(launch, commands.dispatcher(), commands.scripts(), () -> {
				throw new IllegalStateException("no prompt in " + launch.mode() + " mode");
			}, wiring.reporter(), wiring.modeIo()).run();
		}
		finally {
			close(wiring, terminal);
			try {
				Runtime.getRuntime().removeShutdownHook(closing);
			}
			catch (IllegalStateException e) {
				// the JVM is shutting down already; the hook closes (again, harmlessly)
			}
		}
	}

	private static void close(ShellWiring wiring, TerminalOnDemand terminal) {
		try (terminal; wiring) {
			// both closed, the wiring first
		}
	}

	/**
	 * What went wrong at start-up (the wiring, or a bean made from it, could not be built): our own
	 * exception (a bad base URL, ...) if there is one, else the innermost cause.
	 */
	static Throwable causeOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ExaException) {
				return t;
			}
		}
		Throwable t = failure;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t;
	}
}
