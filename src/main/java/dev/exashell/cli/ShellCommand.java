package dev.exashell.cli;

/**
 * A command of the shell. It declares what it accepts ({@link #spec()}) and runs a validated
 * {@link Invocation}, returning the exit code; failures are thrown and mapped in one place
 * ({@link ErrorReporter}).
 */
public interface ShellCommand {

	CommandSpec spec();

	int run(Invocation invocation) throws Exception;
}
