package dev.exashell.session;

import java.util.Optional;

/** Asks for a secret without echoing it; empty when there is no terminal to ask on. */
@FunctionalInterface
public interface SecretPrompt {

	Optional<String> ask(String prompt);
}
