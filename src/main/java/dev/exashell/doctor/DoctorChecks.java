package dev.exashell.doctor;

import dev.exashell.cli.Io;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything {@code doctor} looks at, in the order a problem is best found: the runtime and its
 * start-up cache, the config file and profiles, the key and the API, the terminal.
 */
final class DoctorChecks {

	private final Session session;
	private final ApiAccess api;
	private final ConfigStore store;
	private final Supplier<RuntimeReport> runtime;
	private final LongSupplier nanoTicker;

	/**
	 * @param runtime what runs ({@link RuntimeReport#current()} in production)
	 * @param nanoTicker times the round trip ({@code System::nanoTime} in production)
	 */
	public DoctorChecks(Session session, ApiAccess api, ConfigStore store, Supplier<RuntimeReport> runtime,
			LongSupplier nanoTicker) {
		this.session = session;
		this.api = api;
		this.store = store;
		this.runtime = runtime;
		this.nanoTicker = nanoTicker;
	}

	/** @param io the terminal to describe, and the clock compared with the server's */
	public List<Check> run(Io io) {
		RuntimeReport report = runtime.get();
		List<Check> checks = new ArrayList<>();
		checks.add(LocalChecks.runtime(report));
		checks.add(LocalChecks.cache(report));
		checks.addAll(LocalChecks.config(store, session));
		checks.addAll(new ApiChecks(session, api, new ServerProbe(nanoTicker), io.clock()).run());
		checks.add(LocalChecks.terminal(io));
		return checks;
	}
}
