package dev.exashell.api;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an import's {@code count}, a JSON number in the spec, into a {@code long} without failing
 * the answer: a fraction is cut toward zero ({@code 2.5} is 2) and a value beyond a long is held at
 * the nearest end ({@code 1e20} is {@link Long#MAX_VALUE}). The number as sent is kept in the raw
 * form ({@link RawJson}) that {@code -o json} prints. Anything but a number is read as Jackson reads a long.
 */
final class LenientCount extends StdDeserializer<Long> {

	private static final BigDecimal MIN = BigDecimal.valueOf(Long.MIN_VALUE);

	private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

	LenientCount() {
		super(Long.class);
	}

	@Override
	public Long deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
		if (!p.currentToken().isNumeric()) {
			return ctxt.readValue(p, Long.class);
		}
		BigDecimal value = p.getDecimalValue();
		if (value.compareTo(MAX) >= 0) {
			return Long.MAX_VALUE;
		}
		return value.compareTo(MIN) <= 0 ? Long.MIN_VALUE : value.longValue();
	}

	@Override
	public Object getNullValue(DeserializationContext ctxt) {
		return 0L;
	}
}
