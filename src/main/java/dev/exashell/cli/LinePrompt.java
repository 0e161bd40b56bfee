package dev.exashell.cli;

import java.util.Optional;

/**
 * Asks the user a question on the terminal and reads one line (echoed, never put in history);
 * empty when there is no terminal to ask on.
 */
@FunctionalInterface
public interface LinePrompt {

	Optional<String> ask(String question);
}
