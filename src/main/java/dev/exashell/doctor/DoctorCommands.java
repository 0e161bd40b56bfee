package dev.exashell.doctor;

import dev.exashell.cli.ShellCommand;
import dev.exashell.session.CommandContext;
import java.util.List;

/** {@code doctor}, the one command of this feature. */
public final class DoctorCommands {

	private DoctorCommands() {
	}

	public static List<ShellCommand> all(CommandContext context) {
		return List.of(new DoctorCommand(context.session(), context.api(), context.origins().store(), context.io()));
	}
}
