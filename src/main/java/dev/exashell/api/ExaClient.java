package dev.exashell.api;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * {@link ImportsApi} over the JDK HTTP clients ({@link HttpTransports}). GET and the upload PUT go through the retry
 * decorator; POST, PATCH and DELETE are sent once (they may have taken effect before a failure).
 * The API key goes only in {@code x-api-key} on requests to the configured base URL.
 */
public final class ExaClient implements ImportsApi {

	private static final String IMPORTS = "/v0/imports";

	private final ClientConfig config;

	private final HttpTransport once;

	private final HttpTransport retrying;

	public ExaClient(ClientConfig config) {
		this(config, TracedTransport.WAITING_TICK);
	}

	/** With the trace told every {@code waitingTick} that an answer is still awaited (tests: shorter than 1 s). */
	ExaClient(ClientConfig config, Duration waitingTick) {
		this(config, HttpTransports.standard(Objects.requireNonNull(config, "config"), waitingTick));
	}

	private ExaClient(ClientConfig config, HttpTransport once) {
		this.config = config;
		this.once = once;
		this.retrying = new RetryingTransport(once, config);
	}

	/** The same client (and connection pool) with another retry policy, e.g. {@link RetryPolicy#NONE}. */
	public ExaClient withRetryPolicy(RetryPolicy retryPolicy) {
		return new ExaClient(config.withRetryPolicy(retryPolicy), once);
	}

	public ClientConfig config() {
		return config;
	}

	@Override
	public ImportPage list(String cursor, Integer limit) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		if (cursor != null && !cursor.isEmpty()) {
			query.add("cursor=" + UriEncoding.encode(cursor));
		}
		if (limit != null) {
			query.add("limit=" + limit);
		}
		return read(retrying, api("GET", URI.create(config.apiRoot() + IMPORTS + query), null), true, ClientJson::readPage);
	}

	@Override
	public Import get(String id) {
		return read(retrying, api("GET", importUri(id), null), false, ClientJson::readImport);
	}

	@Override
	public CreatedImport create(CreateImportRequest request) {
		Objects.requireNonNull(request, "request");
		HttpRequest post = api("POST", URI.create(config.apiRoot() + IMPORTS), request);
		HttpTransport.Response response = check(once.send(post), post, true);
		try {
			return ClientJson.read(response, CreatedImport.class, "created import");
		}
		catch (InvalidDataException e) {
			throw new UnreadableCreateAnswerException(response.status(), response.body(), e);
		}
	}

	@Override
	public Import update(String id, UpdateImportRequest request) {
		Objects.requireNonNull(request, "request");
		return read(once, api("PATCH", importUri(id), request), false, ClientJson::readImport);
	}

	@Override
	public Import delete(String id) {
		return read(once, api("DELETE", importUri(id), null), false, ClientJson::readImport);
	}

	@Override
	public void upload(String uploadUrl, byte[] csv) {
		upload(uploadUrl, BodyPublishers.ofByteArray(Objects.requireNonNull(csv, "csv")));
	}

	/** Streams the file (up to 50 MB) instead of loading it; the publisher re-reads it on a retry. */
	@Override
	public void upload(String uploadUrl, Path csv) {
		upload(uploadUrl, csv, sent -> {
		});
	}

	@Override
	public void upload(String uploadUrl, Path csv, LongConsumer progress) {
		try {
			upload(uploadUrl, new CountingBodyPublisher(BodyPublishers.ofFile(csv), progress));
		}
		catch (FileNotFoundException e) {
			throw new InvalidInputException("cannot read " + csv + ": no such file", e);
		}
	}

	private void upload(String uploadUrl, BodyPublisher body) {
		HttpRequest request = HttpRequest.newBuilder(uploadUri(uploadUrl))
			.timeout(config.readTimeout())
			.header("User-Agent", config.userAgent())
			.header("Content-Type", "text/csv")
			.PUT(body)
			.build();
		check(retrying.send(request));
	}

	private HttpRequest api(String method, URI uri, Object body) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(config.readTimeout())
			.header("Accept", "application/json")
			.header("User-Agent", config.userAgent());
		if (config.apiKey() != null && !config.apiKey().isEmpty()) {
			builder.header("x-api-key", config.apiKey());
		}
		if (body == null) {
			return builder.method(method, BodyPublishers.noBody()).build();
		}
		return builder.header("Content-Type", "application/json")
			.method(method, BodyPublishers.ofByteArray(ClientJson.write(body)))
			.build();
	}

	/**
	 * Sends, checks the status and reads the body; a GET whose body is cut off is sent again by the
	 * retrying transport. A failure becomes the matching exception, a 404 knowing the URL tried and
	 * whether it was the imports {@code collection} itself (list, create).
	 */
	private <T> T read(HttpTransport transport, HttpRequest request, boolean collection,
			Function<HttpTransport.Response, T> reader) {
		return transport.exchange(request, response -> reader.apply(check(response, request, collection)));
	}

	private HttpTransport.Response check(HttpTransport.Response response, HttpRequest request, boolean collection) {
		if (!response.isSuccess()) {
			throw ErrorBodies.toException(response, config.clock(), config.apiKey(),
					new ErrorBodies.Target(ShownUrls.of(ShownUrls.withoutQuery(request.uri())), collection));
		}
		return response;
	}

	private HttpTransport.Response check(HttpTransport.Response response) {
		if (!response.isSuccess()) {
			throw ErrorBodies.toException(response, config.clock(), config.apiKey());
		}
		return response;
	}

	/** The id as one segment: {@code a/b} is {@code a%2Fb}, {@code ..} is {@code %2E%2E}. */
	private URI importUri(String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidInputException("import id must not be blank");
		}
		return URI.create(config.apiRoot() + IMPORTS + "/" + UriEncoding.segment(id));
	}

	private static URI uploadUri(String uploadUrl) {
		try {
			URI uri = new URI(Objects.requireNonNull(uploadUrl, "uploadUrl"));
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return uri;
			}
		}
		catch (URISyntaxException e) {
			// reported below, without echoing the URL: its query is a credential
		}
		throw new InvalidInputException("the upload URL is not an absolute http(s) URL");
	}
}
