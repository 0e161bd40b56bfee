package dev.exashell.api;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.function.Function;

/** Sends one request and hands back whatever status came; no HTTP answer is an {@link ApiIoException}. */
interface HttpTransport {

	/** Sends {@code request} as attempt {@code attempt} of a call. */
	Response send(HttpRequest request, Attempt attempt);

	/** Sends {@code request} as the only attempt of a call. */
	default Response send(HttpRequest request) {
		return send(request, Attempt.only());
	}

	/**
	 * Sends {@code request} and reads the answer with {@code reader}; a decorator that retries may
	 * send it again when {@code reader} finds the body unreadable ({@link UnreadableBodyException}).
	 */
	default <T> T exchange(HttpRequest request, Function<Response, T> reader) {
		return reader.apply(send(request));
	}

	/**
	 * Which try of a call this is, for the waiting trace.
	 *
	 * @param number 1-based
	 * @param of how many attempts the call may make in all
	 * @param startNanos {@link System#nanoTime()} when the call's first attempt started
	 */
	record Attempt(int number, int of, long startNanos) {

		static Attempt only() {
			return new Attempt(1, 1, System.nanoTime());
		}
	}

	/**
	 * A complete answer, body read to the end.
	 *
	 * @param requestId its {@code X-Request-Id}, or null
	 */
	record Response(int status, HttpHeaders headers, byte[] body, String requestId) {

		Response(int status, HttpHeaders headers, byte[] body) {
			this(status, headers, body, headers.firstValue("x-request-id").orElse(null));
		}

		boolean isSuccess() {
			return status >= 200 && status <= 299;
		}
	}
}
