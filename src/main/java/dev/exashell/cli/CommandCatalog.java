package dev.exashell.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every command by name and alias, in the order help lists them. */
public final class CommandCatalog {

	/**
	 * A first word at least this long (in characters) that names no command is most likely a pasted
	 * key: it is never shown back, masked at the prompt and never kept in history.
	 */
	public static final int SECRET_LIKE_LENGTH = 20;

	private final List<ShellCommand> commands;
	private final Map<String, ShellCommand> byName = new LinkedHashMap<>();

	public CommandCatalog(List<ShellCommand> commands) {
		this.commands = List.copyOf(commands);
		for (ShellCommand command : commands) {
			byName.put(command.spec().name(), command);
			command.spec().aliases().forEach(alias -> byName.put(alias, command));
		}
	}

	public List<ShellCommand> commands() {
		return commands;
	}

	public Optional<ShellCommand> find(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	/** Whether {@code line} starts with a word of {@value #SECRET_LIKE_LENGTH} or more characters that names no command. */
	public boolean startsWithSecretLikeWord(String line) {
		String first = line.strip().split("\\s", 2)[0];
		return isSecretLike(first) && find(first).isEmpty();
	}

	/** Whether a word is long enough to be a key (no command name is). */
	static boolean isSecretLike(String word) {
		return word.codePointCount(0, word.length()) >= SECRET_LIKE_LENGTH;
	}

	/** The command or alias closest to a mistyped name, if any is close enough to suggest. */
	public Optional<String> nearest(String typed) {
		return EditDistance.nearest(typed, byName.keySet());
	}
}
