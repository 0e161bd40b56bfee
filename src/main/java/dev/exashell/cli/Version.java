package dev.exashell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and git commit Maven wrote into {@code version.properties} at build time. */
public final class Version {

	private static final Properties BUILD = load();

	private Version() {
	}

	public static String current() {
		return valueOf("version", "dev");
	}

	/** The abbreviated commit the jar was built from, or {@code unknown} (built outside git). */
	public static String commit() {
		return valueOf("commit", "unknown");
	}

	private static String valueOf(String key, String fallback) {
		String value = BUILD.getProperty(key, "");
		return value.isBlank() || value.startsWith("@") || value.startsWith("$") ? fallback : value;
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = Version.class.getResourceAsStream("/dev/exashell/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException e) {
			// an unreadable resource reads as "dev" / "unknown"
		}
		return properties;
	}
}
