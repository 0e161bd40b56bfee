package dev.exashell.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A recording HTTP stub on 127.0.0.1, port 0: answers from a script, one action per request, and
 * records each request as it arrived (raw path and query, headers, body). Unscripted requests get
 * 418 so a test asserting the requests notices them.
 */
final class StubServer implements AutoCloseable {

	/** What the stub does with one request. */
	sealed interface Action permits Reply, Close {
	}

	record Reply(int status, Map<String, String> headers, String body, long delayMillis) implements Action {

		Reply header(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(headers);
			more.put(name, value);
			return new Reply(status, more, body, delayMillis);
		}

		Reply delayed(long millis) {
			return new Reply(status, headers, body, millis);
		}
	}

	/** Closes the connection without answering. */
	record Close() implements Action {
	}

	record Recorded(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		String bodyText() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	static Reply json(int status, String body) {
		return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
	}

	static Reply status(int status) {
		return new Reply(status, Map.of(), "", 0);
	}

	static Close closeConnection() {
		return new Close();
	}

	private final Queue<Action> script = new ConcurrentLinkedQueue<>();

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "stub-server");
		thread.setDaemon(true);
		return thread;
	});

	private final HttpServer server;

	StubServer() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	StubServer enqueue(Action... actions) {
		script.addAll(List.of(actions));
		return this;
	}

	int port() {
		return server.getAddress().getPort();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + port() + "/websets");
	}

	String url(String path) {
		return "http://127.0.0.1:" + port() + path;
	}

	List<Recorded> requests() {
		return List.copyOf(requests);
	}

	Recorded onlyRequest() {
		if (requests.size() != 1) {
			throw new AssertionError("expected exactly one request, got " + requests);
		}
		return requests.get(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
		URI uri = exchange.getRequestURI();
		requests.add(new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body));
		Action action = script.poll();
		if (action == null) {
			action = new Reply(418, Map.of(), "stub: no scripted response", 0);
		}
		if (action instanceof Reply reply) {
			respond(exchange, reply);
		}
		exchange.close();
	}

	private static void respond(HttpExchange exchange, Reply reply) throws IOException {
		try {
			Thread.sleep(reply.delayMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		reply.headers().forEach(exchange.getResponseHeaders()::add);
		byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
