package dev.exashell.script;

import dev.exashell.cli.ShellCommand;
import java.util.List;

/** {@code script}, which runs a file through {@code runner} (made by the wiring, which attaches its dispatcher). */
public final class ScriptCommands {

	private ScriptCommands() {
	}

	public static List<ShellCommand> all(ScriptRunner runner) {
		return List.of(new ScriptCommand(runner));
	}
}
