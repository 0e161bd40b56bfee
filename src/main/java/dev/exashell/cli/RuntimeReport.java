package dev.exashell.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What runs, for {@code --version} and {@code version}: exa-shell's version and commit, the Java
 * runtime (the release archive's bundled one, or the system's) and whether the start-up cache the
 * launcher asked for is in use. The launchers say which runtime and cache they chose through the
 * system properties {@code exa.shell.runtime} ({@code bundled} or {@code system}) and
 * {@code exa.shell.cache} (its path). Whether the JVM really uses that cache is read from
 * {@code /proc/self/maps}: a cache it maps is listed there by path, one it rejected (made for
 * another JDK or jar) is not. ({@code sharing} in {@code java.vm.info} would not tell: the JDK's
 * own base archive sets it too.)
 */
public record RuntimeReport(String version, String commit, String javaVersion, String javaHome, String runtime,
		String cache, boolean cacheMapped) {

	private static final Path MAPS = Path.of("/proc/self/maps");

	public static RuntimeReport current() {
		return of(Version.current(), Version.commit(), Map.of(
				"java.version", System.getProperty("java.version", "?"),
				"java.home", System.getProperty("java.home", "?"),
				"exa.shell.runtime", System.getProperty("exa.shell.runtime", "system"),
				"exa.shell.cache", System.getProperty("exa.shell.cache", "")), MAPS);
	}

	static RuntimeReport of(String version, String commit, Map<String, String> properties, Path maps) {
		String cache = properties.get("exa.shell.cache");
		return new RuntimeReport(version, commit, properties.get("java.version"), properties.get("java.home"),
				properties.get("exa.shell.runtime"), cache, !cache.isEmpty() && mapped(maps, cache));
	}

	private static boolean mapped(Path maps, String file) {
		try (Stream<String> lines = Files.lines(maps)) {
			return lines.anyMatch(line -> line.endsWith(" " + file));
		}
		catch (IOException | UncheckedIOException e) {
			return false;
		}
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
		return cacheMapped ? "in use · " + cache : "not in use (made for another Java or jar) · " + cache;
	}
}
