package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.render.ImportDetailRenderer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;

/** {@code show <id|row>}: every field of one import, fetched fresh from the API. */
final class ShowCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("show", "show every field of one import")
		.alias("get")
		.arguments("<id|row>", 1, 1)
		.completeArguments(ArgumentKind.IMPORT)
		.option(OutputOption.OPTION)
		.details("A number is a row of the current page (show 3 after list); anything else is an import id.")
		.example("show imp_01jd6x2k8m3n4p5q6r7s8t9v0w")
		.example("show 3");

	private final ApiAccess api;
	private final Session session;
	private final IoSource io;
	private final OutputFormat format;

	ShowCommand(ApiAccess api, Session session, IoSource io, OutputFormat format) {
		this.api = api;
		this.session = session;
		this.io = io;
		this.format = format;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		ImportRef ref = ImportRef.resolve(in.args().get(0), session);
		OutputFormat output = OutputOption.of(in, format);
		Import item = api.api().get(ref.id());
		session.remember(item);
		new ImportDetailRenderer(io.io()).render(item, output);
		return ExitCodes.OK;
	}
}
