package dev.exashell.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed {@code --faults} value. Grammar (case-insensitive, blanks around entries ignored):
 * <pre>
 * spec     = "" | entry *("," entry)
 * entry    = kind ":" rate | "latency:" duration | "script:" step *("," step)
 * kind     = "429" | "500" | "502" | "503" | "reset" | "drop" | "malformed" | "stale-cursor" | "hang"
 * rate     = decimal from 0 to 1, e.g. 0.2
 * duration = digits ["." digits] ("ms" | "s"), at most 60s
 * step     = "ok" | kind
 * </pre>
 * A script's steps are the comma-separated tokens after {@code script:} up to the next token
 * holding a colon. Each kind and {@code latency} may appear once, {@code script} once.
 * {@code stale-cursor} hits only {@code GET /v0/imports}: whatever the cursor, the answer is the
 * first page (at the limit asked) with {@code hasMore: true} and the same {@code nextCursor} every
 * time, as a mock of the spec does; on any other request it is served normally.
 * {@code hang} takes the request and never answers it (see {@link HeldRequests}).
 */
record FaultSpec(Map<Fault, Double> rates, Duration latency, List<Fault> script, String text) {

	static final FaultSpec NONE = new FaultSpec(Map.of(), Duration.ZERO, List.of(), "");

	private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9})?)(ms|s)");
	private static final Duration MAX_LATENCY = Duration.ofSeconds(60);

	/** What can happen to one request. {@link #OK} is only a script step: serve normally. */
	enum Fault {

		OK("ok"), RESET("reset"), DROP("drop"), RATE_LIMITED("429"), SERVER_ERROR("500"), BAD_GATEWAY("502"), UNAVAILABLE("503"),
		MALFORMED("malformed"), STALE_CURSOR("stale-cursor"), HANG("hang");

		final String token;

		Fault(String token) {
			this.token = token;
		}

		static Fault fromToken(String token) {
			for (Fault fault : values()) {
				if (fault.token.equals(token)) {
					return fault;
				}
			}
			return null;
		}
	}

	FaultSpec {
		EnumMap<Fault, Double> copy = new EnumMap<>(Fault.class);
		copy.putAll(rates);
		rates = Collections.unmodifiableMap(copy);
		script = List.copyOf(script);
	}

	boolean isEmpty() {
		return rates.isEmpty() && latency.isZero() && script.isEmpty();
	}

	/** Parses a spec; throws IllegalArgumentException with a one-line message naming the bad entry. */
	static FaultSpec parse(String spec) {
		String text = spec == null ? "" : spec.strip();
		if (text.isEmpty()) {
			return NONE;
		}
		Map<Fault, Double> rates = new EnumMap<>(Fault.class);
		Duration latency = null;
		List<Fault> script = null;
		String[] tokens = text.split(",", -1);
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i].strip().toLowerCase(Locale.ROOT);
			int colon = token.indexOf(':');
			if (colon < 0) {
				throw bad(token.isEmpty() ? "empty entry" : "'" + token + "' is not kind:value");
			}
			String kind = token.substring(0, colon).strip();
			String value = token.substring(colon + 1).strip();
			if (kind.equals("script")) {
				if (script != null) {
					throw bad("script given twice");
				}
				script = new ArrayList<>();
				script.add(step(value));
				while (i + 1 < tokens.length && tokens[i + 1].indexOf(':') < 0) {
					script.add(step(tokens[++i].strip().toLowerCase(Locale.ROOT)));
				}
			}
			else if (kind.equals("latency")) {
				if (latency != null) {
					throw bad("latency given twice");
				}
				latency = duration(value);
			}
			else {
				Fault fault = Fault.fromToken(kind);
				if (fault == null || fault == Fault.OK) {
					throw bad("unknown fault kind '" + kind
							+ "' (expected 429, 500, 502, 503, reset, drop, malformed, stale-cursor, hang, latency or script)");
				}
				if (rates.put(fault, rate(kind, value)) != null) {
					throw bad(kind + " given twice");
				}
			}
		}
		return new FaultSpec(rates, latency == null ? Duration.ZERO : latency, script == null ? List.of() : script, text);
	}

	private static Fault step(String token) {
		Fault fault = Fault.fromToken(token);
		if (fault == null) {
			throw bad("unknown script step '" + token + "' (expected ok, 429, 500, 502, 503, reset, drop, malformed, stale-cursor or hang)");
		}
		return fault;
	}

	private static double rate(String kind, String value) {
		try {
			BigDecimal rate = new BigDecimal(value);
			if (rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0) {
				return rate.doubleValue();
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw bad("rate for " + kind + " must be a number from 0 to 1, got '" + value + "'");
	}

	private static Duration duration(String value) {
		Matcher m = DURATION.matcher(value);
		if (m.matches()) {
			BigDecimal amount = new BigDecimal(m.group(1));
			BigDecimal millis = m.group(2).equals("s") ? amount.movePointRight(3) : amount;
			Duration latency = Duration.ofNanos(millis.movePointRight(6).longValue());
			if (latency.compareTo(MAX_LATENCY) <= 0) {
				return latency;
			}
		}
		throw bad("latency must look like 300ms or 1.5s (at most 60s), got '" + value + "'");
	}

	private static IllegalArgumentException bad(String why) {
		return new IllegalArgumentException("bad fault spec: " + why);
	}
}
