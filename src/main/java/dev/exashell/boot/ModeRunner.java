package dev.exashell.boot;

import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.script.ScriptRunner;
import dev.exashell.script.ScriptSource;
import java.util.function.IntSupplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Replaces Spring Shell 4.0.1's runner (registered under its bean name), which loses exit codes
 * and decides the mode from a build-time property. This one picks the mode from the launch
 * options at run time and keeps the exit code, which {@code ExaShellMain} exits with.
 */
public final class ModeRunner implements ApplicationRunner, ExitCodeGenerator {

	private final LaunchOptions launch;
	private final CommandDispatcher dispatcher;
	private final ScriptRunner scripts;
	private final IntSupplier interactive;
	private final ErrorReporter reporter;
	private final IoSource io;
	private int exitCode;

	public ModeRunner(LaunchOptions launch, CommandDispatcher dispatcher, ScriptRunner scripts, IntSupplier interactive,
			ErrorReporter reporter, IoSource io) {
		this.launch = launch;
		this.dispatcher = dispatcher;
		this.scripts = scripts;
		this.interactive = interactive;
		this.reporter = reporter;
		this.io = io;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			exitCode = switch (launch.mode()) {
				case ONE_SHOT -> dispatcher.execute(launch.command(), null);
				case SCRIPT -> scripts.run(ScriptSource.open(launch.script(), System.in),
						new ScriptRunner.Settings(launch.continueOnError(), launch.echo()));
				case INTERACTIVE -> interactive.getAsInt();
			};
		}
		catch (RuntimeException | LinkageError e) {
			exitCode = reporter.report(e, io.io().err(), null);
		}
		finally {
			CommandDispatcher.flushWhatCanBe(io.io());
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
