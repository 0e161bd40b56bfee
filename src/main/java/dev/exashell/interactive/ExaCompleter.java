package dev.exashell.interactive;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;

/**
 * Tab completion for the prompt, replacing Spring Shell 4.0.1's {@link CommandCompleter} (a bean of
 * that type switches the stock one off). The stock one finds the command by joining every word
 * before the first option, so after a positional argument ({@code create data.csv --en}) or inside
 * one ({@code show imp_0}) it finds no command and offers nothing. This one asks the
 * {@link CompletionEngine} and hands file paths to JLine's file name completer.
 */
final class ExaCompleter extends CommandCompleter {

	private final CompletionEngine engine;
	private final Completer files;

	ExaCompleter(CommandRegistry registry, CompletionEngine engine, Completer files) {
		super(registry);
		this.engine = engine;
		this.files = files;
	}

	@Override
	public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = new ArrayList<>(line.words().subList(0, Math.max(0, Math.min(line.wordIndex(), line.words().size()))));
		String current = line.word() == null ? "" : line.word();
		words.add(current.substring(0, Math.min(Math.max(line.wordCursor(), 0), current.length())));
		CompletionEngine.Result result = engine.complete(words);
		for (CompletionEngine.Suggestion suggestion : result.suggestions()) {
			candidates.add(new Candidate(suggestion.value(), suggestion.value(), null, suggestion.description(), null,
					null, suggestion.complete()));
		}
		if (result.files()) {
			files.complete(reader, line, candidates);
		}
	}
}
