package dev.exashell.session;

import dev.exashell.api.Sleeper;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LinePrompt;
import dev.exashell.cli.OutputFormat;

/**
 * What every feature builds its commands from ({@code ImportsCommands.all(context)} and the like):
 * the session and the API client for its current origin, where output goes and in which format,
 * how failures are reported, and how this mode asks, waits and is interrupted. Production wiring
 * and the in-process tests make one the same way, so the commands they get cannot drift apart.
 *
 * @param output the global {@code -o} format
 * @param origins the saved profiles, and how a profile becomes a base URL and key
 * @param secrets asks for the key at {@code login}; empty when there is no terminal
 * @param confirm asks before {@code delete}; empty when there is no terminal
 * @param sleeper how {@code watch} waits between polls (its clock is {@code Io.clock()})
 * @param interrupts how Ctrl-C reaches a long-running command in this mode
 */
public record CommandContext(Session session, ApiAccess api, IoSource io, OutputFormat output, ErrorReporter reporter,
		OriginResolver origins, SecretPrompt secrets, LinePrompt confirm, Sleeper sleeper, Interrupts interrupts) {
}
