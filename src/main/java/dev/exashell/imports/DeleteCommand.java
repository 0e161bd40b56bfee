package dev.exashell.imports;

import dev.exashell.api.Import;
import dev.exashell.api.ImportsApi;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LinePrompt;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.OutputFormat;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.render.ImportDetailRenderer;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * {@code delete <id|row>}: never silent. On a terminal it shows the import and asks; {@code y} or
 * the id deletes, anything else keeps it (exit 0, "not deleted"). {@code --yes} skips the question;
 * in a script, or without a terminal, it refuses unless {@code --yes} is given (exit 2).
 */
final class DeleteCommand implements ShellCommand {

	private static final OptionKey<Boolean> YES = OptionKey.flag("yes");

	private static final CommandSpec SPEC = CommandSpec.command("delete", "delete an import (asks first)")
		.arguments("<id|row>", 1, 1)
		.completeArguments(ArgumentKind.IMPORT)
		.flag(YES, "delete without asking (needed in scripts and without a terminal)")
		.option(OutputOption.OPTION)
		.details("On a terminal, type y or the import's id to confirm; anything else cancels."
				+ " Prints what was deleted; piped or with -o json, the deleted import as the API returned it.")
		.example("delete 3")
		.example("delete imp_01jd6x2k8m3n4p5q6r7s8t9v0w --yes");

	private final ApiAccess api;
	private final Session session;
	private final IoSource io;
	private final OutputFormat format;
	private final LinePrompt prompt;
	private final BooleanSupplier inScript;

	/** @param inScript whether a script is running, where nobody can answer a question */
	DeleteCommand(ApiAccess api, Session session, IoSource io, OutputFormat format, LinePrompt prompt,
			BooleanSupplier inScript) {
		this.api = api;
		this.session = session;
		this.io = io;
		this.format = format;
		this.prompt = prompt;
		this.inScript = inScript;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		OutputFormat output = OutputOption.of(in, format);
		ImportRef ref = ImportRef.resolve(in.args().get(0), session);
		String id = ref.id();
		if (!in.has(YES)) {
			String hint = "add --yes to delete without asking: delete " + id + " --yes";
			if (inScript.getAsBoolean()) {
				throw new UsageException("not deleting " + id + ": in a script, delete needs --yes", hint);
			}
			if (!io.io().tty()) {
				throw new UsageException("not deleting " + id + ": there is no terminal to confirm on", hint);
			}
			ImportsApi client = api.api();
			Import item = ref.cached().orElseGet(() -> client.get(id));
			String question = "delete " + id + " · " + item.status().value() + " · " + quoted(item.title())
					+ "? type y or the id to confirm: ";
			String answer = prompt.ask(question).orElseThrow(() ->
					new UsageException("not deleting " + id + ": there is no terminal to confirm on", hint)).strip();
			if (!answer.equalsIgnoreCase("y") && !answer.toLowerCase(Locale.ROOT).equals("yes") && !answer.equals(id)) {
				io.io().err().println("not deleted: " + id + " is unchanged");
				return ExitCodes.OK;
			}
		}
		Import deleted = api.api().delete(id);
		session.forget(id);
		Io now = io.io();
		now.err().println("deleted " + deleted.id() + " · " + quoted(deleted.title()));
		if (output.effective(now.tty()) != OutputFormat.TABLE) {
			new ImportDetailRenderer(now).render(deleted, output);
		}
		now.flush();
		return ExitCodes.OK;
	}

	private static String quoted(String title) {
		if (title == null || title.isBlank()) {
			return "(untitled)";
		}
		String shown = title.replaceAll("\\p{Cntrl}", " ");
		return "'" + (shown.length() > 60 ? shown.substring(0, 59) + "…" : shown) + "'";
	}
}
