package dev.exashell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.exashell.sandbox.FaultSpec.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultSpecTests {

	@Test
	void ratesLatencyAndScriptParseTogether() {
		FaultSpec spec = FaultSpec.parse(" 429:0.2, 500:0.1,502:0,503:1,reset:0.05,drop:0.01,malformed:0.5,"
				+ "Stale-Cursor:1,latency:300ms ");
		assertThat(spec.rates()).containsEntry(Fault.RATE_LIMITED, 0.2)
			.containsEntry(Fault.SERVER_ERROR, 0.1)
			.containsEntry(Fault.BAD_GATEWAY, 0.0)
			.containsEntry(Fault.UNAVAILABLE, 1.0)
			.containsEntry(Fault.RESET, 0.05)
			.containsEntry(Fault.DROP, 0.01)
			.containsEntry(Fault.MALFORMED, 0.5)
			.containsEntry(Fault.STALE_CURSOR, 1.0);
		assertThat(spec.latency()).isEqualTo(Duration.ofMillis(300));
		assertThat(spec.script()).isEmpty();
	}

	@Test
	void aScriptTakesTheColonFreeTokensThatFollowIt() {
		FaultSpec spec = FaultSpec.parse("script:503,503,ok,reset,429,malformed,drop,stale-cursor,500:0.1,latency:1.5s");
		assertThat(spec.script()).containsExactly(Fault.UNAVAILABLE, Fault.UNAVAILABLE, Fault.OK, Fault.RESET,
				Fault.RATE_LIMITED, Fault.MALFORMED, Fault.DROP, Fault.STALE_CURSOR);
		assertThat(spec.rates()).containsOnlyKeys(Fault.SERVER_ERROR);
		assertThat(spec.latency()).isEqualTo(Duration.ofMillis(1500));
		assertThat(FaultSpec.parse("LATENCY:2S").latency()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void hangIsAKindWithARateAndAScriptStep() {
		FaultSpec spec = FaultSpec.parse("hang:0.25,script:ok,HANG");
		assertThat(spec.rates()).containsExactly(entry(Fault.HANG, 0.25));
		assertThat(spec.script()).containsExactly(Fault.OK, Fault.HANG);
		assertThatThrownBy(() -> FaultSpec.parse("hang")).hasMessage("bad fault spec: 'hang' is not kind:value");
		assertThatThrownBy(() -> FaultSpec.parse("stall:1")).hasMessage("bad fault spec: unknown fault kind 'stall' "
				+ "(expected 429, 500, 502, 503, reset, drop, malformed, stale-cursor, hang, latency or script)");
	}

	@Test
	void emptyMeansNoFaults() {
		assertThat(FaultSpec.parse("").isEmpty()).isTrue();
		assertThat(FaultSpec.parse("  ").isEmpty()).isTrue();
		assertThat(FaultSpec.parse(null).isEmpty()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "429", "429:", "429:1.5", "429:-0.1", "429:abc", "404:0.1", "ok:0.5", "latency:300",
			"latency:fast", "latency:61s", "script:", "script:nope", "script:ok,script:ok", "429:0.1,429:0.2", "429:0.1,,",
			"500:0.1,ok", "latency:1s,latency:2s" })
	void badSpecsAreRejectedWithAOneLineMessage(String spec) {
		assertThatThrownBy(() -> FaultSpec.parse(spec)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("bad fault spec: ")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
	}

	@Test
	void theInjectorRunsTheScriptThenDrawsReproduciblyFromTheSeed() {
		FaultInjector injector = new FaultInjector(7, FaultSpec.parse("script:reset,ok,latency:5ms,503:0.5,429:0.3"));
		assertThat(injector.next()).isEqualTo(new FaultInjector.Decision(Fault.RESET, Duration.ofMillis(5)));
		assertThat(injector.next().fault()).isEqualTo(Fault.OK);
		List<Fault> first = draw(injector, 200);
		assertThat(first).contains(Fault.OK, Fault.RATE_LIMITED, Fault.UNAVAILABLE).doesNotContain(Fault.RESET);
		assertThat(first.stream().filter(f -> f == Fault.UNAVAILABLE).count()).isBetween(40L, 100L);

		injector.set(FaultSpec.parse("503:0.5,429:0.3"));
		assertThat(draw(injector, 200)).isEqualTo(first);
		assertThat(draw(new FaultInjector(8, FaultSpec.parse("503:0.5,429:0.3")), 200)).isNotEqualTo(first);
	}

	@Test
	void rateOneAlwaysFiresAndResetWinsOverStatusFaults() {
		FaultInjector injector = new FaultInjector(1, FaultSpec.parse("malformed:1,503:1,drop:1,reset:1"));
		assertThat(draw(injector, 20)).containsOnly(Fault.RESET);
	}

	private static List<Fault> draw(FaultInjector injector, int n) {
		List<Fault> faults = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			faults.add(injector.next().fault());
		}
		return faults;
	}
}
