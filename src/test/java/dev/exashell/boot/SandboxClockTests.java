package dev.exashell.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.cli.StandardStreams;
import dev.exashell.cli.Version;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.testing.TestTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxClockTests {

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "2026-01-01T00:00:00Z", " 2026-11-30T12:00:00.250Z " })
	void aUtcInstantStopsTheEmbeddedSandboxsClockThere(String value) {
		StringWriter err = new StringWriter();

		Clock clock = SandboxClock.fromEnvironment(Map.of(SandboxClock.VARIABLE, value), new PrintWriter(err));

		assertThat(clock).isEqualTo(Clock.fixed(Instant.parse(value.strip()), ZoneOffset.UTC));
		assertThat(err.toString()).isEmpty();
	}

	@Test
	void unsetOrBlankIsTheSystemClock() {
		StringWriter err = new StringWriter();

		assertThat(SandboxClock.fromEnvironment(Map.of(), new PrintWriter(err))).isEqualTo(Clock.systemUTC());
		assertThat(SandboxClock.fromEnvironment(Map.of(SandboxClock.VARIABLE, " "), new PrintWriter(err)))
			.isEqualTo(Clock.systemUTC());
		assertThat(err.toString()).isEmpty();
	}

	@ParameterizedTest(name = "''{0}''")
	@CsvSource({ "now", "2026-01-01", "2026-01-01T00:00:00", "2026-13-01T00:00:00Z" })
	void anythingElseIsAWarningAndTheSystemClock(String value) {
		StringWriter err = new StringWriter();

		Clock clock = SandboxClock.fromEnvironment(Map.of(SandboxClock.VARIABLE, value), new PrintWriter(err));

		assertThat(clock).isEqualTo(Clock.systemUTC());
		assertThat(err.toString()).isEqualTo("warning: EXA_SANDBOX_CLOCK must be a UTC instant such as"
				+ " 2026-01-01T00:00:00Z, got '" + value + "'; using the system clock\n");
	}

	@Test
	void theEmbeddedSandboxStartedWithTheVariableHoldsTheSameImportsAsOneSeededAtThatInstant() {
		StandardStreams streams = new StandardStreams(new PrintWriter(new StringWriter()),
				new PrintWriter(new StringWriter()), false);
		try (SandboxServer embedded = ShellWiring
			.embeddedSandbox(Map.of(SandboxClock.VARIABLE, TestTime.NOW.toString()), streams.err());
				SandboxServer reference = SandboxServer.start(SandboxOptions.defaults().withClock(TestTime.CLOCK))) {
			assertThat(client(embedded).list(null, 200).data()).isEqualTo(client(reference).list(null, 200).data());
		}
	}

	private static ExaClient client(SandboxServer sandbox) {
		return new ExaClient(ClientConfig.defaults(SandboxOptions.DEFAULT_API_KEY, Version.current())
			.withBaseUrl(sandbox.baseUrl()));
	}
}
