package dev.exashell.sandbox;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code exa-sandbox}: runs a {@link SandboxServer} until SIGTERM or Ctrl-C and prints its base
 * URL as the only line on stdout. Bad flags: one line on stderr and exit 2; cannot bind: exit 1.
 */
public final class SandboxMain {

	static final String USAGE = "usage: exa-sandbox [--port N] [--host H] [--api-key K] [--seed S] [--imports N] "
			+ "[--processing-seconds S] [--faults SPEC]";

	private static final int MAX_IMPORTS = 2_000_000;

	private SandboxMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		run(args, System.out, System.err);
	}

	/** Serves until the JVM shuts down; the base URL (or usage) goes to {@code out}, errors to {@code err}. */
	static void run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			out.println(USAGE);
			return;
		}
		SandboxOptions options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException ex) {
			fail(err, ex.getMessage(), 2);
			return;
		}
		SandboxServer server;
		try {
			server = SandboxServer.start(options);
		}
		catch (UncheckedIOException ex) {
			fail(err, ex.getMessage(), 1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "exa-sandbox-shutdown"));
		out.println(server.baseUrl());
		out.flush();
		stopped.await();
	}

	private static void fail(PrintStream err, String message, int status) {
		err.println("exa-sandbox: " + message);
		err.flush();
		System.exit(status);
	}

	/**
	 * Turns flags into options; {@code --flag value} and {@code --flag=value} both work.
	 *
	 * @throws IllegalArgumentException with a one-line message for an unknown flag, a missing or bad value
	 */
	public static SandboxOptions parse(String... args) {
		SandboxOptions options = SandboxOptions.defaults();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + USAGE);
			}
			int eq = arg.indexOf('=');
			String flag = eq < 0 ? arg : arg.substring(0, eq);
			String value;
			if (eq >= 0) {
				value = arg.substring(eq + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new IllegalArgumentException(isKnown(flag) ? "missing value for " + flag : unknown(flag));
			}
			options = switch (flag) {
				case "--port" -> options.withPort((int) number(flag, value, 0, 65_535));
				case "--host" -> options.withHost(nonBlank(flag, value));
				case "--api-key" -> options.withApiKey(nonBlank(flag, value));
				case "--seed" -> options.withSeed(number(flag, value, Long.MIN_VALUE, Long.MAX_VALUE));
				case "--imports" -> options.withImports((int) number(flag, value, 0, MAX_IMPORTS));
				case "--processing-seconds" -> options.withProcessing(seconds(flag, value));
				case "--faults" -> options.withFaults(FaultSpec.parse(value).text());
				default -> throw new IllegalArgumentException(unknown(flag));
			};
		}
		return options;
	}

	private static boolean isKnown(String flag) {
		return List.of("--port", "--host", "--api-key", "--seed", "--imports", "--processing-seconds", "--faults")
			.contains(flag);
	}

	private static String unknown(String flag) {
		return "unknown flag '" + flag + "'; " + USAGE;
	}

	private static String nonBlank(String flag, String value) {
		if (value.isBlank()) {
			throw new IllegalArgumentException(flag + " must not be empty");
		}
		return value;
	}

	private static long number(String flag, String value, long min, long max) {
		try {
			long n = Long.parseLong(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		String range = min == Long.MIN_VALUE ? "a whole number" : "a whole number from " + min + " to " + max;
		throw new IllegalArgumentException(flag + " must be " + range + ", got '" + value + "'");
	}

	private static Duration seconds(String flag, String value) {
		try {
			BigDecimal seconds = new BigDecimal(value.strip());
			if (seconds.signum() >= 0 && seconds.compareTo(BigDecimal.valueOf(31_536_000)) <= 0) {
				return Duration.ofMillis(seconds.movePointRight(3).longValue());
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(flag + " must be a number of seconds from 0 to 31536000, got '" + value + "'");
	}
}
