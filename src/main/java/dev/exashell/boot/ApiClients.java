package dev.exashell.boot;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.HttpTrace;
import dev.exashell.api.ImportsApi;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.Version;
import dev.exashell.imports.WaitingLine;
import java.net.URI;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * How the commands' API clients are made from the launch options: each attempt waits
 * {@code --request-timeout} for an answer (and at most that long to connect), a terminal shows the
 * live {@code waiting for …} line, {@code --debug} traces every exchange.
 */
public final class ApiClients {

	private ApiClients() {
	}

	/** @param adjust a last change to each client's settings (tests: time sources); identity in production */
	public static BiFunction<URI, String, ImportsApi> of(LaunchOptions launch, IoSource io, UnaryOperator<ClientConfig> adjust) {
		HttpTrace trace = HttpTrace.both(new WaitingLine(io), launch.debug() ? new DebugTrace(io) : HttpTrace.NONE);
		Duration timeout = launch.requestTimeout();
		Duration connect = timeout.compareTo(ClientConfig.DEFAULT_CONNECT_TIMEOUT) < 0 ? timeout
				: ClientConfig.DEFAULT_CONNECT_TIMEOUT;
		return (base, key) -> new ExaClient(adjust.apply(ClientConfig.defaults(key, Version.current())
			.withBaseUrl(base)
			.withTimeouts(connect, timeout)
			.withTrace(trace)));
	}
}
