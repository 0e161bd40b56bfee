package dev.exashell.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SandboxServer} starts. {@code port} 0 picks a free port; {@code imports} is how
 * many imports are seeded (deterministically from {@code seed}); {@code processing} is how long an
 * uploaded import stays {@code processing}; {@code faults} uses the {@code --faults} grammar
 * ({@code ""} = none); {@code clock} drives every timestamp and status transition.
 */
public record SandboxOptions(String host, int port, String apiKey, long seed, int imports, Duration processing,
		String faults, Clock clock) {

	public static final String DEFAULT_HOST = "127.0.0.1";
	public static final String DEFAULT_API_KEY = "sandbox";
	public static final long DEFAULT_SEED = 42L;
	public static final int DEFAULT_IMPORTS = 300;
	public static final Duration DEFAULT_PROCESSING = Duration.ofSeconds(10);

	public SandboxOptions {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("host must not be blank");
		}
		if (port < 0 || port > 65_535) {
			throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
		}
		if (apiKey == null || apiKey.isEmpty()) {
			throw new IllegalArgumentException("apiKey must not be empty");
		}
		if (imports < 0) {
			throw new IllegalArgumentException("imports must not be negative, got " + imports);
		}
		Objects.requireNonNull(processing, "processing");
		if (processing.isNegative()) {
			throw new IllegalArgumentException("processing must not be negative, got " + processing);
		}
		faults = faults == null ? "" : faults;
		Objects.requireNonNull(clock, "clock");
	}

	/** 127.0.0.1, ephemeral port, key {@code sandbox}, seed 42, 300 imports, 10 s processing, no faults, UTC system clock. */
	public static SandboxOptions defaults() {
		return new SandboxOptions(DEFAULT_HOST, 0, DEFAULT_API_KEY, DEFAULT_SEED, DEFAULT_IMPORTS, DEFAULT_PROCESSING, "",
				Clock.systemUTC());
	}

	public SandboxOptions withHost(String host) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withPort(int port) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withApiKey(String apiKey) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withSeed(long seed) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withImports(int imports) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withProcessing(Duration processing) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withFaults(String faults) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}

	public SandboxOptions withClock(Clock clock) {
		return new SandboxOptions(host, port, apiKey, seed, imports, processing, faults, clock);
	}
}
