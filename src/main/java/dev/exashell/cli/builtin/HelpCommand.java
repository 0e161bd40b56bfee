package dev.exashell.cli.builtin;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** {@code help} lists the commands and exit codes; {@code help <command>} shows usage, options and examples. */
public final class HelpCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("help", "list the commands, or explain one")
		.arguments("[command]", 0, 1)
		.example("help")
		.example("help list");

	static final String EXIT_CODES = """
			exit codes (one-shot and script mode):
			  0 success (an empty result too)   1 API or network error   2 usage error
			  3 not found   4 authentication or permission   5 a watched import failed
			  6 a watch timed out   130 interrupted   141 the output pipe was closed (| head)
			""";

	private final Supplier<CommandCatalog> catalog;
	private final IoSource io;

	public HelpCommand(Supplier<CommandCatalog> catalog, IoSource io) {
		this.catalog = catalog;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		PrintWriter out = io.io().out();
		if (invocation.args().isEmpty()) {
			out.println("commands:");
			for (ShellCommand command : catalog.get().commands()) {
				out.printf("  %-8s %s%n", command.spec().name(), command.spec().summary());
			}
			out.println();
			out.print(EXIT_CODES);
			out.println("help <command> shows its options and examples.");
			return ExitCodes.OK;
		}
		String name = invocation.args().get(0);
		ShellCommand command = catalog.get().find(name).orElseThrow(() -> new UsageException(
				"no command named '" + name + "'", catalog.get().nearest(name).map(n -> "did you mean '" + n + "'?")
					.orElse("help lists them all")));
		describe(command.spec(), out);
		return ExitCodes.OK;
	}

	private static void describe(CommandSpec spec, PrintWriter out) {
		out.println(spec.name() + ": " + spec.summary());
		out.println();
		out.println("usage: " + spec.usage());
		if (!spec.aliases().isEmpty()) {
			out.println("aliases: " + String.join(", ", spec.aliases()));
		}
		if (!spec.details().isEmpty()) {
			out.println();
			out.println(spec.details().strip());
		}
		if (!spec.options().isEmpty()) {
			out.println();
			out.println("options:");
			for (OptionSpec option : spec.options()) {
				out.printf("  %-24s %s%n", option.display(), option.description());
			}
		}
		if (!spec.examples().isEmpty()) {
			out.println();
			out.println("examples:");
			spec.examples().forEach(example -> out.println("  " + example));
		}
		if (!spec.shellExamples().isEmpty()) {
			out.println();
			out.println("from your shell:");
			spec.shellExamples().forEach(example -> out.println("  $ exa-shell " + example));
		}
	}
}
