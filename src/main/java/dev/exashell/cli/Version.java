package dev.exashell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code version.properties} at build time. */
public final class Version {

	private static final String VERSION = load();

	private Version() {
	}

	public static String current() {
		return VERSION;
	}

	private static String load() {
		try (InputStream in = Version.class.getResourceAsStream("/dev/exashell/version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			String version = properties.getProperty("version", "dev");
			return version.startsWith("@") ? "dev" : version;
		}
		catch (IOException e) {
			return "dev";
		}
	}
}
