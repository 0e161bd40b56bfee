package dev.exashell.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one mapper of the API client, for the requests it sends and the answers it reads (what
 * exa-shell prints goes through {@code render.OutputJson}). Lenient where the API may grow: unknown fields ignored, nulls
 * accepted for numbers and booleans (read as 0 / false). Instants in the API's own UTC form are
 * read by {@link ApiInstants}, any other ISO-8601 form by Jackson 3 itself.
 * <p>
 * The mapper is built on first use: answers of the shape the API sends are read from plain token
 * streams ({@link #TOKENS}, {@link ImportReader}), so a one-shot {@code list} never builds it
 * (Jackson's first mapper sets up its tables, date formats and locale data: tens of milliseconds).
 */
final class ClientJson {

	/** Parsers without a mapper; the mapper's own are the same, as it sets no stream feature. */
	static final JsonFactory TOKENS = new JsonFactory();

	private static final class Mapper {

		static final JsonMapper INSTANCE = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.addModule(new SimpleModule("exa-shell-instants").addDeserializer(Instant.class, new ApiInstants()))
			.build();
	}

	static JsonMapper mapper() {
		return Mapper.INSTANCE;
	}

	private ClientJson() {
	}

	static byte[] write(Object value) {
		return mapper().writeValueAsBytes(value);
	}

	/**
	 * A 2xx body as {@code type}. A body that is empty, cut off or not JSON at all is an
	 * {@link UnreadableBodyException}; JSON of the wrong shape an {@link InvalidDataException}
	 * naming {@code what}.
	 */
	static <T> T read(HttpTransport.Response response, Class<T> type, String what) {
		String problem;
		try {
			if (isBlank(response.body())) {
				throw new UnreadableBodyException(response.status(), response.requestId(), 1, null);
			}
			T value = mapper().readValue(response.body(), type);
			if (value != null) {
				return value;
			}
			problem = "the body was JSON null";
		}
		catch (StreamReadException e) {
			if (!(e instanceof InputCoercionException)) {
				throw new UnreadableBodyException(response.status(), response.requestId(), 1, e);
			}
			problem = e.getOriginalMessage();
		}
		catch (JacksonException e) {
			problem = e.getOriginalMessage();
		}
		throw new InvalidDataException("the API answered HTTP " + response.status() + " but the body is not a valid "
				+ what + ": " + ErrorBodies.oneLine(problem, 200));
	}

	/**
	 * A 2xx body as one import, which keeps the object as received ({@link Import#raw()}). The
	 * shapes the API sends are read in one pass ({@link ImportReader}); anything else by the mapper.
	 */
	static Import readImport(HttpTransport.Response response) {
		Import streamed = ImportReader.single(response.body());
		if (streamed != null) {
			return streamed;
		}
		return read(response, Import.class, "import").withRaw(RawJson.whole(response.body()));
	}

	/**
	 * A 2xx body as a page, each import keeping its object as received ({@link Import#raw()}); in
	 * one pass ({@link ImportReader}) when the page has the shape the API sends, else by the mapper.
	 */
	static ImportPage readPage(HttpTransport.Response response) {
		ImportPage streamed = ImportReader.page(response.body());
		if (streamed != null) {
			return streamed;
		}
		ImportPage page = read(response, ImportPage.class, "import page");
		List<RawJson> raws = RawJson.pageItems(response.body());
		if (raws.size() != page.data().size()) {
			return page;
		}
		List<Import> data = new ArrayList<>(raws.size());
		for (int i = 0; i < raws.size(); i++) {
			data.add(page.data().get(i).withRaw(raws.get(i)));
		}
		return new ImportPage(data, page.hasMore(), page.nextCursor());
	}

	private static boolean isBlank(byte[] body) {
		for (byte b : body) {
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	/** The body as a JSON tree, or null when it is not JSON. */
	static JsonNode treeOrNull(byte[] body) {
		try {
			return mapper().readTree(body);
		}
		catch (JacksonException e) {
			return null;
		}
	}
}
