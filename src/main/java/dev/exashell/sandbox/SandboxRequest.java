package dev.exashell.sandbox;

import com.sun.net.httpserver.Headers;
import java.util.Map;

/**
 * One received request as the endpoints see it: {@code rawPath} still percent-encoded,
 * {@code query} decoded (first value of each name wins), the whole body, and the request id the
 * response will carry. {@code bodyTooLarge} is set when the body passed the route's size cap.
 */
record SandboxRequest(String method, String rawPath, Map<String, String> query, Headers headers, byte[] body,
		boolean bodyTooLarge, String requestId) {

	String header(String name) {
		return headers.getFirst(name);
	}
}
