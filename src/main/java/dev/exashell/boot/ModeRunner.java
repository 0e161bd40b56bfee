package dev.exashell.boot;

import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.script.ScriptRunner;
import dev.exashell.script.ScriptSource;
import java.util.function.IntSupplier;

/**
 * Runs the mode the launch options ask for (one command, a script or the interactive prompt) and
 * answers its exit code, which {@link ExaShellMain} exits with. Spring Shell 4.0.1's own runner,
 * which loses exit codes and decides the mode from a build-time property, is not in the context.
 */
public final class ModeRunner {

	private final LaunchOptions launch;
	private final CommandDispatcher dispatcher;
	private final ScriptRunner scripts;
	private final IntSupplier interactive;
	private final ErrorReporter reporter;
	private final IoSource io;

	public ModeRunner(LaunchOptions launch, CommandDispatcher dispatcher, ScriptRunner scripts, IntSupplier interactive,
			ErrorReporter reporter, IoSource io) {
		this.launch = launch;
		this.dispatcher = dispatcher;
		this.scripts = scripts;
		this.interactive = interactive;
		this.reporter = reporter;
		this.io = io;
	}

	public int run() {
		try {
			return switch (launch.mode()) {
				case ONE_SHOT -> dispatcher.execute(launch.command(), null);
				case SCRIPT -> scripts.run(ScriptSource.open(launch.script(), System.in),
						new ScriptRunner.Settings(launch.continueOnError(), launch.echo()));
				case INTERACTIVE -> interactive.getAsInt();
			};
		}
		catch (RuntimeException | LinkageError e) {
			return reporter.report(e, io.io().err(), null);
		}
		finally {
			CommandDispatcher.flushWhatCanBe(io.io());
		}
	}
}
