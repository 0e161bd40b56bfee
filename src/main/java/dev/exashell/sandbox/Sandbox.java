package dev.exashell.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * The simulated service's state and collaborators, shared by the HTTP handlers: options, clock,
 * store, ids, cursors, faults, the request log and the held requests. {@link #reset()} puts everything back as at
 * start (re-seeded against the clock's current time).
 */
final class Sandbox {

	static final Duration UPLOAD_VALIDITY = Duration.ofHours(1);

	private final SandboxOptions options;
	private final FaultSpec startFaults;
	private final ImportStore store = new ImportStore();
	private final Ids ids;
	private final CursorCodec cursors;
	private final FaultInjector faults;
	private final RequestLog log = new RequestLog(RequestLog.CAPACITY);
	private final HeldRequests held = new HeldRequests(HeldRequests.LONGEST);
	private final SecureRandom secrets = new SecureRandom();
	private volatile String origin = "http://127.0.0.1";

	Sandbox(SandboxOptions options) {
		this.options = options;
		this.startFaults = FaultSpec.parse(options.faults());
		this.ids = new Ids(options.seed());
		byte[] key = new byte[32];
		secrets.nextBytes(key);
		this.cursors = new CursorCodec(key);
		this.faults = new FaultInjector(options.seed(), startFaults);
		seed();
	}

	private void seed() {
		store.replaceAll(SeedData.generate(options.seed(), options.imports(), now(), options.processing(), ids));
	}

	/** Back to the start-up state: seeded data, start-up faults, id streams, empty request log, nothing held. */
	synchronized void reset() {
		ids.reset();
		seed();
		faults.set(startFaults);
		log.clear();
		held.releaseAll();
	}

	Instant now() {
		return clock().instant().truncatedTo(ChronoUnit.MILLIS);
	}

	Clock clock() {
		return options.clock();
	}

	SandboxOptions options() {
		return options;
	}

	ImportStore store() {
		return store;
	}

	Ids ids() {
		return ids;
	}

	CursorCodec cursors() {
		return cursors;
	}

	FaultInjector faults() {
		return faults;
	}

	RequestLog log() {
		return log;
	}

	/** The requests the {@code hang} fault holds; closed when the server stops. */
	HeldRequests held() {
		return held;
	}

	/** {@code http://host:port}, set once the server is bound; upload URLs start with it. */
	void origin(String origin) {
		this.origin = origin;
	}

	String origin() {
		return origin;
	}

	String newImportId() {
		String id;
		do {
			id = ids.nextImportId();
		}
		while (store.contains(id));
		return id;
	}

	String newUploadToken() {
		byte[] token = new byte[18];
		secrets.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}
}
