package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.api.UpdateImportRequest;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.render.ImportDetailRenderer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import java.util.Map;

/** {@code update <id|row> [--title T] [--metadata k=v ...]}: one PATCH, then the import as it is now. */
final class UpdateCommand implements ShellCommand {

	private static final OptionKey<String> TITLE = OptionKey.text("title");

	private static final CommandSpec SPEC = CommandSpec.command("update", "change an import's title or metadata")
		.arguments("<id|row>", 1, 1)
		.completeArguments(ArgumentKind.IMPORT)
		.option(TITLE, "T", "the new title")
		.option(MetadataOption.OPTION)
		.option(OutputOption.OPTION)
		.details("--metadata replaces the import's whole metadata, as the API does: give every pair to keep."
				+ " A number is a row of the current page.")
		.example("update 3 --title 'Q3 leads (cleaned)'")
		.example("update imp_01jd6x2k8m3n4p5q6r7s8t9v0w --metadata source=crm --metadata owner=ana");

	private final ApiAccess api;
	private final Session session;
	private final IoSource io;
	private final OutputFormat format;

	UpdateCommand(ApiAccess api, Session session, IoSource io, OutputFormat format) {
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
		String title = in.get(TITLE).orElse(null);
		Map<String, String> metadata = MetadataOption.of(in);
		if (title == null && metadata == null) {
			throw new UsageException("update needs --title or --metadata (or both)", "usage: " + SPEC.usage());
		}
		OutputFormat output = OutputOption.of(in, format);
		ImportRef ref = ImportRef.resolve(in.args().get(0), session);
		Import updated = api.api().update(ref.id(), new UpdateImportRequest(title, metadata));
		session.remember(updated);
		io.io().err().println("updated " + updated.id());
		new ImportDetailRenderer(io.io()).render(updated, output);
		return ExitCodes.OK;
	}
}
