package dev.exashell.imports;

import dev.exashell.api.CreatedImport;
import dev.exashell.api.ExaException;
import dev.exashell.api.Import;
import dev.exashell.api.ImportsApi;
import dev.exashell.cli.CliException;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LineTokenizer;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.render.ImportDetailRenderer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import dev.exashell.watch.ImportWatcher;
import dev.exashell.watch.WatchOptions;
import dev.exashell.watch.WatchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * {@code create <file.csv> --entity TYPE}: checks everything it can locally ({@link CreatePlan}),
 * creates the import, uploads the file to the upload URL (streamed, no API key) and shows the new
 * import; with {@code --wait} it hands over to the watch engine and exits with its code. When the
 * answer to create is lost, {@link LostCreateAnswer} says whether the import exists.
 */
final class CreateCommand implements ShellCommand {

	static final OptionKey<String> ENTITY = OptionKey.text("entity");
	static final OptionKey<String> DESCRIPTION = OptionKey.text("description");
	static final OptionKey<String> TITLE = OptionKey.text("title");
	static final OptionKey<Integer> IDENTIFIER = OptionKey.integer("identifier");
	static final OptionKey<Boolean> WAIT = OptionKey.flag("wait");
	static final OptionKey<Duration> TIMEOUT = OptionKey.duration("timeout");

	private static final CommandSpec SPEC = CommandSpec.command("create", "create an import from a CSV file and upload it")
		.arguments("<file.csv>", 1, 1)
		.completeArguments(ArgumentKind.FILE)
		.option(ENTITY.describe(null, "TYPE", "what each row is: company, person, article, research_paper or custom",
				false, CreatePlan.ENTITIES))
		.required(ENTITY)
		.option(DESCRIPTION, "D", "with --entity custom: what each row is, 2-200 characters")
		.option(TITLE, "T", "a title for the import")
		.option(MetadataOption.OPTION)
		.option(IDENTIFIER, "N", "the column (counted from 0) that holds each row's URL")
		.flag(WAIT, "wait until it is processed: exit 0 completed, 5 failed, 6 timed out")
		.option(TIMEOUT, "D", "with --wait: stop waiting after D (e.g. 90s, 10m; at most 168h)")
		.option(OutputOption.OPTION)
		.details("Checked before any request: the file exists, is readable, at most 50,000,000 bytes of UTF-8 CSV text"
				+ " with no NUL byte, and has a data row under its header, every row with the header's number of fields"
				+ " (RFC 4180: quoted line breaks stay in their row); --identifier names a column."
				+ " If the upload fails, the import it created is named and left pending; if the answer to create is"
				+ " lost, the newest imports are searched for it.")
		.example("create companies.csv --entity company --title 'Q3 leads'")
		.example("create labs.csv --entity custom --description 'research labs' --metadata source=crm --wait");

	private final ApiAccess api;
	private final Session session;
	private final IoSource io;
	private final OutputFormat format;
	private final Function<ImportsApi, ImportWatcher> watchers;

	/** @param watchers the watch engine over a client, for {@code --wait} */
	CreateCommand(ApiAccess api, Session session, IoSource io, OutputFormat format,
			Function<ImportsApi, ImportWatcher> watchers) {
		this.api = api;
		this.session = session;
		this.io = io;
		this.format = format;
		this.watchers = watchers;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		CreatePlan plan = CreatePlan.of(in);
		OutputFormat output = OutputOption.of(in, format);
		ImportsApi client = api.api();
		Instant sent = io.io().clock().instant();
		CreatedImport created;
		try {
			created = client.create(plan.request());
		}
		catch (ExaException e) {
			throw LostCreateAnswer.explain(client, plan.request(), sent, e);
		}
		String id = created.importItem().id();
		session.remember(created.importItem());
		upload(client, created, plan);
		long rows = plan.request().count();
		io.io().err().printf("created %s from %s (%,d %s, %,d bytes) and uploaded it%n", id,
				plan.file().path().getFileName(), rows, rows == 1 ? "row" : "rows", plan.request().size());
		if (!in.has(WAIT)) {
			Import fresh = client.get(id);
			session.remember(fresh);
			new ImportDetailRenderer(io.io()).render(fresh, output);
			return ExitCodes.OK;
		}
		WaitReport report = new WaitReport(io);
		WatchOutcome outcome = watchers.apply(client)
			.watch(id, WatchOptions.defaults().withTimeout(in.get(TIMEOUT).orElse(null)), report);
		if (outcome.last() != null) {
			session.remember(outcome.last());
			new ImportDetailRenderer(io.io()).render(outcome.last(), output);
		}
		report.finished(outcome);
		return WatchExitCodes.of(outcome.kind());
	}

	private void upload(ImportsApi client, CreatedImport created, CreatePlan plan) {
		String name = plan.file().path().getFileName().toString();
		UploadProgress progress = new UploadProgress(io.io(), name, plan.file().size());
		try {
			client.upload(created.uploadUrl(), plan.file().path(), progress);
		}
		catch (ExaException e) {
			String id = created.importItem().id();
			boolean interrupted = Thread.currentThread().isInterrupted();
			throw new CliException(interrupted ? ExitCodes.INTERRUPTED : ExitCodes.API_ERROR,
					"the upload of " + name + " failed (" + e.getMessage() + "); import " + id
							+ " was created and is left pending",
					"delete it and run create again: delete " + LineTokenizer.quote(id) + " --yes");
		}
		finally {
			progress.close();
		}
	}
}
