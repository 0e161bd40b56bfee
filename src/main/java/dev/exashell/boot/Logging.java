package dev.exashell.boot;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Diagnostics only, never on stdout: Spring (through commons-logging) and JLine log to
 * java.util.logging, whose console handler writes to stderr. Warnings and errors only, one line
 * each; JLine's warnings (e.g. about falling back to a dumb terminal) and Spring's note that a
 * failed start-up was cancelled (reported by us instead) only with {@code --debug}. Configured
 * before Spring starts or JLine opens a terminal, and only then: a run that uses neither never
 * initialises java.util.logging (which scans the classpath for logger services).
 */
final class Logging {

	/**
	 * Loggers configured here, held so they are not garbage-collected (java.util.logging keeps
	 * only weak references, and a collected logger forgets its level).
	 */
	private static Logger[] quieted;

	private Logging() {
	}

	static synchronized void configure(boolean debug) {
		if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
			System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s %3$s: %5$s%6$s%n");
		}
		Logger.getLogger("").setLevel(Level.WARNING);
		quieted = new Logger[] { Logger.getLogger("org.jline"), Logger.getLogger("org.springframework.context") };
		for (Logger logger : quieted) {
			logger.setLevel(debug ? Level.WARNING : Level.SEVERE);
		}
	}
}
