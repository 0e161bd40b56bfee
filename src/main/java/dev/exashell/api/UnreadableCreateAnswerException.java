package dev.exashell.api;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Create was answered with a 2xx, so the import exists, but the body could not be read (cut off,
 * or not JSON). {@link #id()} is the import's id when the part that arrived holds it whole.
 */
public class UnreadableCreateAnswerException extends InvalidDataException {

	private final int status;
	private final String id;

	public UnreadableCreateAnswerException(int status, byte[] body, InvalidDataException cause) {
		super(cause.getMessage(), cause);
		this.status = status;
		this.id = idIn(body);
	}

	public int status() {
		return status;
	}

	/** The {@code id} at the top level of what arrived, or null when it is not there whole. */
	public String id() {
		return id;
	}

	private static String idIn(byte[] body) {
		try (JsonParser parser = ClientJson.TOKENS.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("id")) {
					return value == JsonToken.VALUE_STRING && !parser.getString().isBlank() ? parser.getString() : null;
				}
				parser.skipChildren();
			}
		}
		catch (JacksonException e) {
			// the body ends before the id
		}
		return null;
	}
}
