package dev.exashell.api;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The JDK {@link HttpClient}, traced, with failures turned into {@link ApiIoException}s that say
 * what happened in words. The client is built on first use: building it loads TLS, which start-up
 * should not pay for. Redirects are not followed, so the key cannot travel to another host.
 * <p>
 * Requests are sent one at a time and their bodies read into memory, so the client's own work
 * (completing the exchange, handing the body over) runs on its selector thread instead of being
 * passed on to a thread pool first: one thread hand-off less per request, ~16 % less time for a
 * script of 200 list calls. While an answer is awaited, a shared timer thread tells the trace every
 * {@link #WAITING_TICK} (the live {@code waiting for …} line); a read timeout is an
 * {@link ApiTimeoutException}.
 * <p>
 * {@code http://} requests (the sandbox, a local proxy) go through a second client that has no
 * TLS at all: a default {@code HttpClient} sets up the JDK's TLS context and trust store when it
 * is built, about 200 ms of a one-shot run, even if it never opens a TLS connection. Each client
 * only ever sees its own scheme, so {@code https://} requests always get the JDK's default TLS.
 */
final class JdkTransport implements HttpTransport {

	/** How often, while no answer has come, the trace hears of the wait. */
	static final Duration WAITING_TICK = Duration.ofSeconds(1);

	private final ClientConfig config;

	private final String apiPrefix;

	private final Duration tick;

	private volatile HttpClient tlsClient;

	private volatile HttpClient plainClient;

	JdkTransport(ClientConfig config) {
		this(config, WAITING_TICK);
	}

	JdkTransport(ClientConfig config, Duration tick) {
		this.config = config;
		this.apiPrefix = config.apiRoot() + "/";
		this.tick = tick;
	}

	@Override
	public Response send(HttpRequest request, Attempt attempt) {
		String method = request.method();
		URI shown = request.uri().toString().startsWith(apiPrefix) ? request.uri() : ShownUrls.withoutQuery(request.uri());
		config.trace().onRequest(method, shown, shownHeaders(request.headers()));
		long start = System.nanoTime();
		WaitingTicks ticks = WaitingTicks.start(config.trace(), tick, method, shown, attempt);
		try {
			HttpResponse<byte[]> response = client(request.uri()).send(request, HttpResponse.BodyHandlers.ofByteArray());
			ticks.stop();
			Response answer = new Response(response.statusCode(), response.headers(), response.body());
			config.trace().onResponse(method, shown, answer.status(), millisSince(start), answer.requestId());
			config.trace().onHeaders(shown, answer.headers());
			return answer;
		}
		catch (IOException e) {
			ticks.stop();
			String message = describe(e, request.uri(), config);
			boolean unanswered = e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException);
			throw failed(method, shown, start, unanswered
					? new ApiTimeoutException(message, e, request.timeout().orElse(config.readTimeout()), 1)
					: new ApiIoException(message, e));
		}
		catch (InterruptedException e) {
			ticks.stop();
			Thread.currentThread().interrupt();
			String message = "interrupted while waiting for " + ShownUrls.hostPort(request.uri());
			throw failed(method, shown, start, new ApiIoException(message, e));
		}
	}

	private ApiIoException failed(String method, URI shown, long start, ApiIoException failure) {
		config.trace().onFailure(method, shown, millisSince(start), failure.getMessage());
		return failure;
	}

	private HttpClient client(URI uri) {
		boolean tls = !"http".equalsIgnoreCase(uri.getScheme());
		HttpClient result = tls ? tlsClient : plainClient;
		if (result == null) {
			synchronized (this) {
				result = tls ? tlsClient : plainClient;
				if (result == null) {
					HttpClient.Builder builder = HttpClient.newBuilder()
						.version(HttpClient.Version.HTTP_1_1)
						.connectTimeout(config.connectTimeout())
						.followRedirects(HttpClient.Redirect.NEVER)
						.executor(Runnable::run);
					if (tls) {
						result = tlsClient = builder.build();
					}
					else {
						result = plainClient = builder.sslContext(NoTls.CONTEXT).sslParameters(new SSLParameters()).build();
					}
				}
			}
		}
		return result;
	}

	/** The TLS context of the {@code http://}-only client: never used, so it refuses everything. */
	private static final class NoTls extends SSLContextSpi {

		static final SSLContext CONTEXT = new SSLContext(new NoTls(), null, "none") {
		};

		private static IllegalStateException unused() {
			return new IllegalStateException("the http:// client has no TLS");
		}

		@Override
		protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) throws KeyManagementException {
			throw new KeyManagementException("the http:// client has no TLS");
		}

		@Override
		protected SSLSocketFactory engineGetSocketFactory() {
			throw unused();
		}

		@Override
		protected SSLServerSocketFactory engineGetServerSocketFactory() {
			throw unused();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine() {
			throw unused();
		}

		@Override
		protected SSLEngine engineCreateSSLEngine(String host, int port) {
			throw unused();
		}

		@Override
		protected SSLSessionContext engineGetServerSessionContext() {
			throw unused();
		}

		@Override
		protected SSLSessionContext engineGetClientSessionContext() {
			throw unused();
		}
	}

	private Map<String, String> shownHeaders(HttpHeaders headers) {
		Map<String, String> shown = new LinkedHashMap<>();
		headers.map().forEach((name, values) -> shown.put(name, name.equalsIgnoreCase("x-api-key")
				? ApiKeys.redact(String.join(", ", values)) : String.join(", ", values)));
		return shown;
	}

	/** A one-line, human account of an I/O failure; never quotes the key (the JDK does not put it there). */
	static String describe(IOException e, URI uri, ClientConfig config) {
		String where = ShownUrls.hostPort(uri);
		if (e instanceof HttpConnectTimeoutException) {
			return "could not connect to " + where + ": timed out after " + format(config.connectTimeout());
		}
		if (e instanceof HttpTimeoutException) {
			return "request to " + where + " timed out after " + format(config.readTimeout());
		}
		if (e instanceof ConnectException) {
			return "could not connect to " + where + ": "
					+ (hasCause(e, UnresolvedAddressException.class) ? "unknown host" : "connection refused");
		}
		String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("reset")) {
			return "connection to " + where + " was reset";
		}
		if (e instanceof EOFException || message.contains("received no bytes") || message.contains("eof")) {
			return "connection to " + where + " closed before a complete response";
		}
		return "request to " + where + " failed: "
				+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
	}

	private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return true;
			}
		}
		return false;
	}

	/** {@code 30s}, or {@code 250ms} when not whole seconds. */
	static String format(Duration duration) {
		long millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}
}
