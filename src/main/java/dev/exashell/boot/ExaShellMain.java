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
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.beans.BeansException;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Entry point. Global options are read before Spring starts, so a bad one fails fast with exit 2
 * and the mode (interactive, one command, script) is decided at run time, not baked in.
 * <p>
 * Spring starts as a plain context ({@link ExaShellContext}), not through
 * {@code SpringApplication}: the shell has no use for Boot's start-up machinery (environment
 * post-processors, config files, the logging system, auto-configuration discovery, runners).
 * Every bean is declared by the configurations {@link ExaShellApplication} imports, all lazily.
 */
public final class ExaShellMain {

	/**
	 * Loggers configured here, held so they are not garbage-collected (java.util.logging keeps
	 * only weak references, and a collected logger forgets its level).
	 */
	private static final Logger[] QUIETED = { Logger.getLogger("org.jline"),
			Logger.getLogger("org.springframework.context") };

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
		configureLogging(launch.debug());
		try (GenericApplicationContext context = ExaShellContext.create()) {
			context.getBeanFactory().registerSingleton("launchOptions", launch);
			context.getBeanFactory().registerSingleton("environmentVariables", env);
			context.getBeanFactory().registerSingleton("standardStreams", streams);
			// Closes the context (history saved, embedded sandbox stopped) when the JVM is stopped by a signal.
			context.registerShutdownHook();
			ModeRunner runner;
			try {
				context.refresh();
				runner = context.getBean(ModeRunner.class);
			}
			catch (BeansException e) {
				return new ErrorReporter(launch.debug()).report(causeOf(e), streams.err(), null);
			}
			return runner.run();
		}
	}

	/**
	 * Diagnostics only, never on stdout: Spring (through commons-logging) and JLine log to
	 * java.util.logging, whose console handler writes to stderr. Warnings and errors only, one line
	 * each; JLine's warnings (e.g. about falling back to a dumb terminal) and Spring's note that a
	 * failed start-up was cancelled (reported by us instead) only with {@code --debug}.
	 */
	static void configureLogging(boolean debug) {
		if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
			System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
		}
		Logger.getLogger("").setLevel(Level.WARNING);
		for (Logger logger : QUIETED) {
			logger.setLevel(debug ? Level.WARNING : Level.SEVERE);
		}
	}

	/** What went wrong when a bean could not be built: our own exception (a bad base URL, ...) if there is one. */
	static Throwable causeOf(BeansException failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ExaException) {
				return t;
			}
		}
		return failure.getMostSpecificCause();
	}
}
