package dev.exashell.doctor;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.cli.ShellCommand;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import java.util.List;

/** {@code doctor}: one line per check, ✓ or ✗ with what to do; exit 0 when all pass, 1 otherwise. */
final class DoctorCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("doctor",
			"check the runtime, config file, key, API, clock and terminal, and say what to fix");

	/** As the issue asks: 1, whatever failed (the check lines say what). */
	private static final int SOME_CHECK_FAILED = 1;

	private final DoctorChecks checks;
	private final IoSource io;

	DoctorCommand(DoctorChecks checks, IoSource io) {
		this.checks = checks;
		this.io = io;
	}

	/** With what runs now and the system's ticker. */
	DoctorCommand(Session session, ApiAccess api, ConfigStore store, IoSource io) {
		this(new DoctorChecks(session, api, store, RuntimeReport::current, System::nanoTime), io);
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		Io current = io.io();
		List<Check> found = checks.run(current);
		CheckLines.print(found, current.out(), current.color());
		return found.stream().allMatch(Check::ok) ? ExitCodes.OK : SOME_CHECK_FAILED;
	}
}
