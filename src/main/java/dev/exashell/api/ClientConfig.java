package dev.exashell.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Everything {@link ExaClient} needs. Start from {@link #defaults(String, String)} and change
 * what differs with the {@code with…} methods. {@link #toString()} never shows the key.
 *
 * @param baseUrl API root, default {@code https://api.exa.ai/websets}; a trailing slash is fine
 * @param apiKey sent as {@code x-api-key} to {@code baseUrl} only; null or empty sends no key
 * @param connectTimeout per connection, default 10 s
 * @param readTimeout per attempt, until the response headers arrive, default 30 s
 * @param retryPolicy for GET and the upload PUT, default {@link RetryPolicy#DEFAULT}
 * @param clock reads "now" for {@code Retry-After} dates
 * @param sleeper waits between retries
 * @param jitter random numbers in [0, 1) that shorten backoff waits
 * @param userAgent {@code exa-shell/<version>}
 * @param trace per-exchange listener, default {@link HttpTrace#NONE}
 */
public record ClientConfig(URI baseUrl, String apiKey, Duration connectTimeout, Duration readTimeout,
		RetryPolicy retryPolicy, Clock clock, Sleeper sleeper, DoubleSupplier jitter, String userAgent,
		HttpTrace trace) {

	public static final URI DEFAULT_BASE_URL = URI.create("https://api.exa.ai/websets");

	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	public ClientConfig {
		Objects.requireNonNull(baseUrl, "baseUrl");
		String scheme = baseUrl.getScheme();
		if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || baseUrl.getHost() == null
				|| baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
			throw new IllegalArgumentException(
					"base URL must be an absolute http(s) URL without query or fragment: " + baseUrl);
		}
		ApiKeys.requireHeaderSafe(apiKey);
		requirePositive(connectTimeout, "connectTimeout");
		requirePositive(readTimeout, "readTimeout");
		Objects.requireNonNull(retryPolicy, "retryPolicy");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(sleeper, "sleeper");
		Objects.requireNonNull(jitter, "jitter");
		Objects.requireNonNull(userAgent, "userAgent");
		trace = trace == null ? HttpTrace.NONE : trace;
	}

	private static void requirePositive(Duration duration, String name) {
		if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

	/** The production settings: real clock, real sleep, random jitter, no trace. */
	public static ClientConfig defaults(String apiKey, String version) {
		return new ClientConfig(DEFAULT_BASE_URL, apiKey, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
				RetryPolicy.DEFAULT, Clock.systemUTC(), Sleeper.SYSTEM, () -> ThreadLocalRandom.current().nextDouble(),
				"exa-shell/" + version, HttpTrace.NONE);
	}

	/** {@code baseUrl} without trailing slashes; API paths are appended to it. */
	String apiRoot() {
		String root = baseUrl.toString();
		while (root.endsWith("/")) {
			root = root.substring(0, root.length() - 1);
		}
		return root;
	}

	/** The key as it may be shown: {@code ****} plus its last 4 characters. */
	public String redactedApiKey() {
		return ApiKeys.redact(apiKey);
	}

	public ClientConfig withBaseUrl(URI baseUrl) {
		return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, retryPolicy, clock, sleeper, jitter,
				userAgent, trace);
	}

	public ClientConfig withApiKey(String apiKey) {
		return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, retryPolicy, clock, sleeper, jitter,
				userAgent, trace);
	}

	public ClientConfig withTimeouts(Duration connectTimeout, Duration readTimeout) {
		return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, retryPolicy, clock, sleeper, jitter,
				userAgent, trace);
	}

	public ClientConfig withRetryPolicy(RetryPolicy retryPolicy) {
		return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, retryPolicy, clock, sleeper, jitter,
				userAgent, trace);
	}

	/** The time sources, replaced together in tests. */
	public ClientConfig withTime(Clock clock, Sleeper sleeper, DoubleSupplier jitter) {
		return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, retryPolicy, clock, sleeper, jitter,
				userAgent, trace);
	}

	public ClientConfig withTrace(HttpTrace trace) {
		return new ClientConfig(baseUrl, apiKey, connectTimeout, readTimeout, retryPolicy, clock, sleeper, jitter,
				userAgent, trace);
	}

	@Override
	public String toString() {
		return "ClientConfig[baseUrl=" + baseUrl + ", apiKey=" + redactedApiKey() + ", connectTimeout="
				+ connectTimeout + ", readTimeout=" + readTimeout + ", retryPolicy=" + retryPolicy + ", userAgent="
				+ userAgent + "]";
	}
}
