package dev.exashell.sandbox;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic identifiers: import ids ({@code imp_} + 20 lowercase base32 characters) come from
 * one seeded stream, so the same seed gives the same seeded ids and then the same ids for created
 * imports in creation order; request ids ({@code req_} + 20 alphanumerics) hash the seed with a
 * counter.
 */
final class Ids {

	private static final char[] BASE32 = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
	private static final char[] ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

	private final long seed;
	private SplittableRandom importIds;
	private final AtomicLong requests = new AtomicLong();

	Ids(long seed) {
		this.seed = seed;
		reset();
	}

	synchronized void reset() {
		importIds = new SplittableRandom(seed);
		requests.set(0);
	}

	synchronized String nextImportId() {
		long hi = importIds.nextLong();
		long lo = importIds.nextLong();
		StringBuilder id = new StringBuilder(24).append("imp_");
		for (int i = 0; i < 20; i++) {
			long bits = i < 10 ? hi >>> (i * 5) : lo >>> ((i - 10) * 5);
			id.append(BASE32[(int) (bits & 31)]);
		}
		return id.toString();
	}

	String nextRequestId() {
		long n = requests.incrementAndGet();
		long a = mix(seed ^ mix(n));
		long b = mix(a + n);
		StringBuilder id = new StringBuilder(24).append("req_");
		for (int i = 0; i < 20; i++) {
			long source = i < 10 ? a : b;
			id.append(ALNUM[(int) Long.remainderUnsigned(source >>> ((i % 10) * 6), ALNUM.length)]);
		}
		return id.toString();
	}

	/** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
