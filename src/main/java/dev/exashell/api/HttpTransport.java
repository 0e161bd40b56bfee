package dev.exashell.api;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;

/** Sends one request and hands back whatever status came; no HTTP answer is an {@link ApiIoException}. */
interface HttpTransport {

	Response send(HttpRequest request);

	/** A complete answer, body read to the end. */
	record Response(int status, HttpHeaders headers, byte[] body) {

		boolean isSuccess() {
			return status >= 200 && status <= 299;
		}

		String requestId() {
			return headers.firstValue("x-request-id").orElse(null);
		}
	}
}
