package dev.exashell.api;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What every transport does around one exchange: tells the trace of the request, of the answer
 * (or of the failure) and, every {@link #WAITING_TICK} while no answer has come, of the wait (the
 * live {@code waiting for …} line); turns an I/O failure into an {@link ApiIoException} that says
 * what happened in words, a read timeout into an {@link ApiTimeoutException}, an interrupt into an
 * {@link ApiIoException} with the thread's interrupt flag set again. Subclasses only carry bytes.
 */
abstract class TracedTransport implements HttpTransport {

	/** How often, while no answer has come, the trace hears of the wait. */
	static final Duration WAITING_TICK = Duration.ofSeconds(1);

	final ClientConfig config;

	private final String apiPrefix;

	private final Duration tick;

	TracedTransport(ClientConfig config, Duration tick) {
		this.config = config;
		this.apiPrefix = config.apiRoot() + "/";
		this.tick = tick;
	}

	/**
	 * Sends {@code request} and reads the whole answer. A connect timeout is an
	 * {@link HttpConnectTimeoutException}, no answer in the request's timeout an
	 * {@link HttpTimeoutException}; an interrupt of the calling thread ends the wait (through
	 * {@link InFlight#abortWith} if the transport does not notice it itself).
	 */
	abstract Response transfer(HttpRequest request, InFlight flight) throws IOException, InterruptedException;

	@Override
	public final Response send(HttpRequest request, Attempt attempt) {
		String method = request.method();
		URI shown = request.uri().toString().startsWith(apiPrefix) ? request.uri() : ShownUrls.withoutQuery(request.uri());
		if (config.trace() != HttpTrace.NONE) {
			config.trace().onRequest(method, shown, shownHeaders(request.headers()));
		}
		long start = System.nanoTime();
		InFlight flight = InFlight.start(config.trace(), tick, method, shown, attempt);
		try {
			Response answer = transfer(request, flight);
			flight.stop();
			config.trace().onResponse(method, shown, answer.status(), millisSince(start), answer.requestId());
			config.trace().onHeaders(shown, answer.headers());
			return answer;
		}
		catch (IOException e) {
			flight.stop();
			String message = describe(e, request.uri(), config);
			boolean unanswered = e instanceof HttpTimeoutException && !(e instanceof HttpConnectTimeoutException);
			throw failed(method, shown, start, unanswered
					? new ApiTimeoutException(message, e, request.timeout().orElse(config.readTimeout()), 1)
					: new ApiIoException(message, e));
		}
		catch (InterruptedException e) {
			flight.stop();
			Thread.currentThread().interrupt();
			String message = "interrupted while waiting for " + ShownUrls.hostPort(request.uri());
			throw failed(method, shown, start, new ApiIoException(message, e));
		}
	}

	private ApiIoException failed(String method, URI shown, long start, ApiIoException failure) {
		config.trace().onFailure(method, shown, millisSince(start), failure.getMessage());
		return failure;
	}

	private static Map<String, String> shownHeaders(HttpHeaders headers) {
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
		if (e instanceof UnknownHostException) {
			return "could not connect to " + where + ": unknown host";
		}
		if (e instanceof ConnectException) {
			return "could not connect to " + where + ": "
					+ (hasCause(e, UnresolvedAddressException.class) ? "unknown host" : "connection refused");
		}
		String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
		if (message.contains("reset")) {
			return "connection to " + where + " was reset";
		}
		if (e instanceof EOFException || message.contains("received no bytes") || message.contains("bytes received")
				|| message.contains("eof") || message.contains("end of file")) {
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
