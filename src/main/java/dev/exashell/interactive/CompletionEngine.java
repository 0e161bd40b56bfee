package dev.exashell.interactive;

import dev.exashell.api.Import;
import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.CommandSpec.OptionSpec;
import dev.exashell.cli.CommandSpec.ValueType;
import dev.exashell.cli.ShellCommand;
import dev.exashell.session.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What Tab offers, worked out from the commands' {@link CommandSpec}s and the session, with no
 * JLine in sight: command names, options not yet given, option values (status, entity type,
 * output format), import ids seen in this session (title and status as descriptions), row numbers
 * of the current page, saved profile names, and (left to JLine) file paths.
 */
final class CompletionEngine {

	/** One candidate; {@code complete} means a space follows when it is chosen. */
	record Suggestion(String value, String description, boolean complete) {
	}

	/** The candidates, and whether file names should be offered too. */
	record Result(List<Suggestion> suggestions, boolean files) {

		static final Result NONE = new Result(List.of(), false);
	}

	private final CommandCatalog catalog;
	private final Session session;
	private final Supplier<Collection<String>> profiles;

	CompletionEngine(CommandCatalog catalog, Session session, Supplier<Collection<String>> profiles) {
		this.catalog = catalog;
		this.session = session;
		this.profiles = profiles;
	}

	/** @param words the line's words up to and including the one being completed, which is cut at the cursor */
	Result complete(List<String> words) {
		if (words.size() <= 1) {
			List<Suggestion> names = new ArrayList<>();
			for (ShellCommand command : catalog.commands()) {
				names.add(new Suggestion(command.spec().name(), command.spec().summary(), true));
				command.spec().aliases().forEach(alias -> names.add(new Suggestion(alias, command.spec().summary(), true)));
			}
			return new Result(names, false);
		}
		Optional<ShellCommand> command = catalog.find(words.get(0));
		if (command.isEmpty()) {
			return Result.NONE;
		}
		CommandSpec spec = command.get().spec();
		int positional = 0;
		OptionSpec awaitingValue = null;
		boolean onlyArgs = false;
		Set<String> given = new HashSet<>();
		for (String word : words.subList(1, words.size() - 1)) {
			if (awaitingValue != null) {
				awaitingValue = null;
			}
			else if (!onlyArgs && word.equals("--")) {
				onlyArgs = true;
			}
			else if (!onlyArgs && isOption(word)) {
				Optional<OptionSpec> option = find(spec, word.contains("=") ? word.substring(0, word.indexOf('=')) : word);
				option.ifPresent(o -> given.add(o.longName()));
				awaitingValue = option.filter(o -> o.type() != ValueType.FLAG && !word.contains("=")).orElse(null);
			}
			else {
				positional++;
			}
		}
		String current = words.get(words.size() - 1);
		if (awaitingValue != null) {
			return values(awaitingValue, "", current);
		}
		if (!onlyArgs && isOption(current)) {
			int eq = current.indexOf('=');
			if (eq > 0) {
				return find(spec, current.substring(0, eq))
					.map(option -> values(option, current.substring(0, eq + 1), current.substring(eq + 1)))
					.orElse(Result.NONE);
			}
			return options(spec, given);
		}
		ArgumentKind kind = positional < spec.maxArgs() ? spec.argumentKind(positional) : ArgumentKind.NONE;
		return switch (kind.kind()) {
			case IMPORT -> new Result(imports(), false);
			case FILE -> new Result(List.of(), true);
			case WORDS -> new Result(kind.words().stream().map(w -> new Suggestion(w, null, true)).toList(), false);
			case PROFILE -> new Result(profiles.get().stream().sorted().map(p -> new Suggestion(p, null, true)).toList(), false);
			case NONE -> positional >= spec.maxArgs() && current.isEmpty() ? options(spec, given) : Result.NONE;
		};
	}

	private static Result options(CommandSpec spec, Set<String> given) {
		List<Suggestion> options = new ArrayList<>();
		for (OptionSpec option : spec.options()) {
			if (given.contains(option.longName()) && !option.repeatable()) {
				continue;
			}
			options.add(new Suggestion("--" + option.longName(), option.description(), true));
			if (option.shortName() != null) {
				options.add(new Suggestion("-" + option.shortName(), option.description(), true));
			}
		}
		return new Result(options, false);
	}

	/** An option's values; for a comma-separated list ({@code --status failed,pe}) the last item is completed. */
	private static Result values(OptionSpec option, String prefix, String typed) {
		String before = prefix + typed.substring(0, typed.lastIndexOf(',') + 1);
		return new Result(option.values().stream().map(v -> new Suggestion(before + v, null, true)).toList(), false);
	}

	/** Row numbers of the current page, then every import seen in this session. */
	private List<Suggestion> imports() {
		List<Suggestion> suggestions = new ArrayList<>();
		session.page().ifPresent(page -> {
			for (int row = 1; row <= page.items().size(); row++) {
				Import item = page.items().get(row - 1);
				suggestions.add(new Suggestion(String.valueOf(row), item.id() + " · " + describe(item), true));
			}
		});
		for (Import item : session.seen()) {
			suggestions.add(new Suggestion(item.id(), describe(item), true));
		}
		return suggestions;
	}

	private static String describe(Import item) {
		String title = item.title() == null || item.title().isBlank() ? "(untitled)"
				: item.title().replaceAll("\\p{Cntrl}", " ");
		return (title.length() > 40 ? title.substring(0, 39) + "…" : title) + " · " + item.status().value();
	}

	private static boolean isOption(String word) {
		return word.startsWith("-") && !word.equals("-") && !word.matches("-\\d+(\\.\\d*)?");
	}

	private static Optional<OptionSpec> find(CommandSpec spec, String name) {
		if (name.startsWith("--")) {
			return spec.findOption(name.substring(2));
		}
		return name.length() == 2 ? spec.findShortOption(name.charAt(1)) : Optional.empty();
	}
}
