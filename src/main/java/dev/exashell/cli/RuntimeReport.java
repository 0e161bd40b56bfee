package dev.exashell.cli;

import java.util.List;
import java.util.Map;

/**
 * What runs, for {@code --version} and {@code version}: exa-shell's version and commit, the Java
 * runtime (the release archive's bundled one, or the system's) and whether the start-up cache the
 * launcher asked for is in use. The launchers say which runtime and cache they chose through the
 * system properties {@code exa.shell.runtime} ({@code bundled} or {@code system}) and
 * {@code exa.shell.cache} (its path); the JVM says whether it maps a class-data archive by
 * adding {@code sharing} to {@code java.vm.info}.
 */
public record RuntimeReport(String version, String commit, String javaVersion, String javaHome, String runtime,
		String cache, boolean sharing) {

	public static RuntimeReport current() {
		return of(Version.current(), Version.commit(), Map.of(
				"java.version", System.getProperty("java.version", "?"),
				"java.home", System.getProperty("java.home", "?"),
				"java.vm.info", System.getProperty("java.vm.info", ""),
				"exa.shell.runtime", System.getProperty("exa.shell.runtime", "system"),
				"exa.shell.cache", System.getProperty("exa.shell.cache", "")));
	}

	static RuntimeReport of(String version, String commit, Map<String, String> properties) {
		return new RuntimeReport(version, commit, properties.get("java.version"), properties.get("java.home"),
				properties.get("exa.shell.runtime"), properties.get("exa.shell.cache"),
				properties.get("java.vm.info").contains("sharing"));
	}

	public List<String> lines() {
		String kind = "bundled".equals(runtime) ? "bundled runtime" : "system Java";
		return List.of("exa-shell " + version + " (commit " + commit + ")",
				"Java " + javaVersion + " · " + kind + " · " + javaHome, "start-up cache: " + cacheState());
	}

	private String cacheState() {
		if (cache.isEmpty()) {
			return "none (started without a launcher, or EXA_SHELL_CACHE=off)";
		}
		return sharing ? "in use · " + cache : "not in use (made for another Java or jar) · " + cache;
	}
}
