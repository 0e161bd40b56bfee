package dev.exashell.cli;

import java.util.ArrayList;
import java.util.List;

/** A command for dispatcher tests: records each invocation, fails when told to. */
public final class RecordingCommand implements ShellCommand {

	private static final OptionKey<Integer> FAIL = OptionKey.integer("fail");
	private static final OptionKey<String> THROW = OptionKey.text("throw");

	private final CommandSpec spec;
	private final IoSource io;
	public final List<Invocation> calls = new ArrayList<>();

	public RecordingCommand(String name, IoSource io) {
		this.spec = CommandSpec.command(name, "records calls").arguments("[word...]", 0, 5)
			.option(FAIL, "CODE", "exit with CODE")
			.option(THROW, "WHAT", "throw: usage, notfound, io, bug");
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return spec;
	}

	@Override
	public int run(Invocation invocation) {
		calls.add(invocation);
		io.io().out().println(spec.name() + " " + String.join(" ", invocation.args()));
		invocation.get(THROW).ifPresent(what -> {
			throw switch (what) {
				case "usage" -> new UsageException("bad thing", "do the good thing");
				case "notfound" -> new dev.exashell.api.NotFoundException(404, "Import not found", "IMPORT_NOT_FOUND",
						"NOT_FOUND", "req_1");
				case "io" -> new dev.exashell.api.ApiIoException("could not connect to 127.0.0.1:9: connection refused", null);
				default -> new IllegalStateException("boom");
			};
		});
		return invocation.get(FAIL).orElse(0);
	}
}
