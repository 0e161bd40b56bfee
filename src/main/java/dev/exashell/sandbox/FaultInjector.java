package dev.exashell.sandbox;

import dev.exashell.sandbox.FaultSpec.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

/**
 * Decides, per request on {@code /websets}, what goes wrong. Precedence: while the script has
 * steps left, each request takes the next step ({@code ok} = serve normally) and no random draw is
 * made; after that every configured rate gets its own draw from a {@link Random} seeded with the
 * sandbox seed, in the fixed order reset, drop, 429, 500, 502, 503, malformed, stale-cursor, hang,
 * and the first hit wins.
 * Latency applies to every request, scripted or not. Setting a spec re-seeds the random and
 * restarts the script, so the same spec and request order give the same faults.
 */
final class FaultInjector {

	record Decision(Fault fault, Duration latency) {
	}

	private final long seed;
	private FaultSpec spec;
	private Random random;
	private int scriptPosition;

	FaultInjector(long seed, FaultSpec spec) {
		this.seed = seed;
		set(spec);
	}

	synchronized void set(FaultSpec newSpec) {
		this.spec = newSpec;
		this.random = new Random(seed);
		this.scriptPosition = 0;
	}

	synchronized FaultSpec current() {
		return spec;
	}

	synchronized Decision next() {
		if (scriptPosition < spec.script().size()) {
			return new Decision(spec.script().get(scriptPosition++), spec.latency());
		}
		Fault chosen = Fault.OK;
		for (Map.Entry<Fault, Double> rate : spec.rates().entrySet()) {
			boolean hit = random.nextDouble() < rate.getValue();
			if (hit && chosen == Fault.OK) {
				chosen = rate.getKey();
			}
		}
		return new Decision(chosen, spec.latency());
	}
}
