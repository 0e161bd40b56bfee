package dev.exashell.doctor;

import dev.exashell.api.ApiException;
import dev.exashell.api.ExaClient;
import dev.exashell.api.ExaException;
import dev.exashell.api.HttpTrace;
import dev.exashell.api.ImportsApi;
import dev.exashell.api.RetryPolicy;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code doctor}'s one request, {@code list --limit 1}: sent once (no retries, short timeouts, so a
 * dead server answers in a moment), timed with an injected ticker, and with the answer's status
 * and {@code Date} header read through the client's trace (which still reaches {@code --debug}).
 */
final class ServerProbe {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
	static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * @param status the HTTP status, or null when no answer came
	 * @param failure why the call failed (no answer, or an answer that is not the API's), or null
	 * @param millis from sending to the end of the answer (or the failure)
	 * @param serverDate the answer's {@code Date}, or null
	 */
	record Outcome(Integer status, String failure, long millis, Instant serverDate) {
	}

	private final LongSupplier nanoTicker;

	ServerProbe(LongSupplier nanoTicker) {
		this.nanoTicker = nanoTicker;
	}

	Outcome probe(ImportsApi client) {
		Answer answer = new Answer();
		ImportsApi once = client instanceof ExaClient exa ? new ExaClient(exa.config()
			.withRetryPolicy(RetryPolicy.NONE)
			.withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT)
			.withTrace(new Capture(exa.config().trace(), answer))) : client;
		long start = nanoTicker.getAsLong();
		String failure = null;
		try {
			once.list(null, 1);
			answer.status = answer.status == null ? 200 : answer.status;
		}
		catch (ApiException e) {
			answer.status = e.status();
		}
		catch (ExaException e) {
			failure = e.getMessage();
		}
		long millis = (nanoTicker.getAsLong() - start) / 1_000_000;
		return new Outcome(answer.status, failure, millis, answer.date);
	}

	private static final class Answer {
		Integer status;
		Instant date;
	}

	/** Records the status and {@code Date}, and passes everything on to the client's own trace. */
	private record Capture(HttpTrace next, Answer answer) implements HttpTrace {

		@Override
		public void onRequest(String method, URI uri, Map<String, String> headers) {
			next.onRequest(method, uri, headers);
		}

		@Override
		public void onResponse(String method, URI uri, int status, long durationMs, String requestId) {
			answer.status = status;
			next.onResponse(method, uri, status, durationMs, requestId);
		}

		@Override
		public void onHeaders(URI uri, HttpHeaders headers) {
			answer.date = headers.firstValue("date").map(Capture::parse).orElse(null);
			next.onHeaders(uri, headers);
		}

		@Override
		public void onFailure(String method, URI uri, long durationMs, String message) {
			next.onFailure(method, uri, durationMs, message);
		}

		@Override
		public void onRetry(int attempt, Duration wait, String reason) {
			next.onRetry(attempt, wait, reason);
		}

		private static Instant parse(String date) {
			try {
				return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException e) {
				return null;
			}
		}
	}
}
