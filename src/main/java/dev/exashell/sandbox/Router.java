package dev.exashell.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.exashell.sandbox.FaultInjector.Decision;
import dev.exashell.sandbox.FaultSpec.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one HTTP handler: gives every response an {@code X-Request-Id}, records the request, then
 * routes: {@code /websets/...} (faults apply) to the Imports endpoints, {@code /_upload/} and
 * {@code /_sandbox/} (never faulted), anything else 404. Errors become JSON envelopes.
 */
final class Router implements HttpHandler {

	private static final System.Logger LOG = System.getLogger(Router.class.getName());

	private final Sandbox sandbox;
	private final ImportsEndpoints imports;
	private final UploadEndpoint upload;
	private final AdminEndpoint admin;

	Router(Sandbox sandbox) {
		this.sandbox = sandbox;
		this.imports = new ImportsEndpoints(sandbox);
		this.upload = new UploadEndpoint(sandbox);
		this.admin = new AdminEndpoint(sandbox);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String requestId = sandbox.ids().nextRequestId();
		boolean held = false;
		try {
			exchange.getResponseHeaders().set("X-Request-Id", requestId);
			String path = exchange.getRequestURI().getRawPath();
			boolean isUpload = path.startsWith(UploadEndpoint.PREFIX);
			int cap = isUpload ? UploadEndpoint.MAX_BYTES : RequestLog.MAX_BODY;
			byte[] body = readBody(exchange.getRequestBody(), cap);
			boolean tooLarge = body.length > cap;
			if (tooLarge) {
				body = Arrays.copyOf(body, cap);
			}
			record(exchange, path, body, requestId);
			Incoming request = new Incoming(exchange, path, body, tooLarge, requestId);
			SandboxResponse response;
			if (path.equals("/websets") || path.startsWith("/websets/")) {
				Decision decision = sandbox.faults().next();
				if (!pause(decision)) {
					return;
				}
				switch (decision.fault()) {
					case RESET -> {
						return; // closing the exchange before any header is sent drops the connection
					}
					case DROP -> {
						dropAfterHeaders(exchange, serve(request));
						return;
					}
					case HANG -> {
						sandbox.held().hold(exchange::close); // no answer; closed on reset, stop or after a bound
						held = true;
						return;
					}
					case OK -> response = serve(request);
					case MALFORMED -> response = serve(request).truncated();
					case STALE_CURSOR -> response = serve(request, true);
					default -> response = SandboxResponse.error(injected(decision.fault()), requestId);
				}
			}
			else {
				response = serve(request);
			}
			send(exchange, response);
		}
		catch (IOException ex) {
			// the client went away; nothing to answer
		}
		finally {
			if (!held) {
				exchange.close();
			}
		}
	}

	/** What arrived, before the query is parsed (parsing can fail with a 400). */
	private record Incoming(HttpExchange exchange, String path, byte[] body, boolean tooLarge, String requestId) {
	}

	private SandboxResponse serve(Incoming incoming) {
		return serve(incoming, false);
	}

	/** @param staleCursor the stale-cursor fault: a list answer is the first page again (see {@link FaultSpec}) */
	private SandboxResponse serve(Incoming incoming, boolean staleCursor) {
		String path = incoming.path();
		HttpExchange exchange = incoming.exchange();
		String method = exchange.getRequestMethod();
		try {
			SandboxRequest withQuery = new SandboxRequest(method, path,
					UriCodec.parseQuery(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(),
					incoming.body(), incoming.tooLarge(), incoming.requestId());
			if (path.startsWith("/websets/") || path.equals("/websets")) {
				return imports.handle(withQuery, staleCursor);
			}
			if (path.startsWith(UploadEndpoint.PREFIX)) {
				return upload.handle(withQuery);
			}
			if (path.startsWith(AdminEndpoint.PREFIX)) {
				return admin.handle(withQuery);
			}
			throw ApiError.notFound("ROUTE_NOT_FOUND", "No route for " + method + " " + path);
		}
		catch (ApiError error) {
			return SandboxResponse.error(error, incoming.requestId());
		}
		catch (RuntimeException ex) {
			LOG.log(System.Logger.Level.WARNING, "sandbox failed on " + method + " " + path, ex);
			return SandboxResponse.error(new ApiError(500, "INTERNAL_ERROR", "INTERNAL_ERROR",
					"The sandbox failed: " + ex, Map.of(), Map.of()), incoming.requestId());
		}
	}

	private static ApiError injected(Fault fault) {
		return switch (fault) {
			case RATE_LIMITED -> new ApiError(429, "RATE_LIMITED", "RATE_LIMIT_EXCEEDED",
					"Too many requests (injected by the sandbox); retry after 1 second", Map.of(), Map.of("Retry-After", "1"));
			case SERVER_ERROR -> new ApiError(500, "INTERNAL_ERROR", "INTERNAL_ERROR",
					"Internal server error (injected by the sandbox)", Map.of(), Map.of());
			case BAD_GATEWAY -> new ApiError(502, "BAD_GATEWAY", "BAD_GATEWAY", "Bad gateway (injected by the sandbox)",
					Map.of(), Map.of());
			case UNAVAILABLE -> new ApiError(503, "SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE",
					"Service unavailable (injected by the sandbox)", Map.of(), Map.of());
			default -> throw new IllegalArgumentException("not an error fault: " + fault);
		};
	}

	/** Sleeps the injected latency; false if interrupted (the server is stopping). */
	private static boolean pause(Decision decision) {
		if (decision.latency().isZero()) {
			return true;
		}
		try {
			Thread.sleep(decision.latency().toMillis(), decision.latency().toNanosPart() % 1_000_000);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void record(HttpExchange exchange, String path, byte[] body, String requestId) {
		Map<String, List<String>> headers = new TreeMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		byte[] kept = body.length > RequestLog.MAX_BODY ? Arrays.copyOf(body, RequestLog.MAX_BODY) : body;
		sandbox.log().add(new RecordedRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
				headers, kept, requestId));
	}

	private static byte[] readBody(InputStream in, int cap) throws IOException {
		return in.readNBytes(cap + 1);
	}

	/** Announces the real answer's status and length, then closes before the body: always an I/O error. */
	private static void dropAfterHeaders(HttpExchange exchange, SandboxResponse response) throws IOException {
		response.headers().forEach(exchange.getResponseHeaders()::set);
		int length = response.body() == null ? 0 : response.body().length;
		exchange.sendResponseHeaders(response.status(), Math.max(1, length));
		exchange.getResponseBody().flush();
	}

	private static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
		response.headers().forEach(exchange.getResponseHeaders()::set);
		byte[] body = response.body();
		boolean noBody = body == null || response.status() == 204 || exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
		if (!noBody && body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}
}
