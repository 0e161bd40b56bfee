package dev.exashell.script;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.ShellCommand;
import dev.exashell.script.ScriptRunner;
import dev.exashell.script.ScriptSource;

/** {@code script <file>}: run a .exa file inside this session (its list/next/show state carries over). */
final class ScriptCommand implements ShellCommand {

	private static final OptionKey<Boolean> CONTINUE_ON_ERROR = OptionKey.flag("continue-on-error");
	private static final OptionKey<Boolean> ECHO = OptionKey.flag("echo");

	private static final CommandSpec SPEC = CommandSpec.command("script", "run a .exa script in this session")
		.arguments("<file>", 1, 1)
		.completeArguments(ArgumentKind.FILE)
		.flag(CONTINUE_ON_ERROR, "run on after a failing line; exit with the first failure's code")
		.flag(ECHO, "print each command, prefixed '+ ', before running it")
		.details("One command per line, as at the prompt. # starts a comment. The first failing line stops the script.")
		.example("script nightly.exa")
		.example("script checks.exa --continue-on-error");

	private final ScriptRunner runner;

	ScriptCommand(ScriptRunner runner) {
		this.runner = runner;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		ScriptSource source = ScriptSource.open(invocation.args().get(0), System.in);
		return runner.run(source, new ScriptRunner.Settings(invocation.has(CONTINUE_ON_ERROR), invocation.has(ECHO)));
	}
}
