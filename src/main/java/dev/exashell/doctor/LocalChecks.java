package dev.exashell.doctor;

import dev.exashell.cli.CliException;
import dev.exashell.cli.Io;
import dev.exashell.cli.RuntimeReport;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigStore;
import dev.exashell.config.PrivateFiles;
import dev.exashell.session.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The checks that need no network: the runtime and its start-up cache, the config file, the terminal. */
final class LocalChecks {

	/** Narrower than this, tables lose most of their columns. */
	static final int NARROW = 60;

	private LocalChecks() {
	}

	static Check runtime(RuntimeReport report) {
		return Check.pass("runtime", "exa-shell " + report.version() + " · " + report.lines().get(1));
	}

	static Check cache(RuntimeReport report) {
		if (report.cache().isEmpty()) {
			return Check.pass("start-up cache", "none asked for (started without the launcher, or EXA_SHELL_CACHE=off)");
		}
		if (report.cacheMapped()) {
			return Check.pass("start-up cache", "in use · " + report.cache());
		}
		Path dir = Path.of(report.cache()).toAbsolutePath().getParent();
		return Check.fail("start-up cache", "not in use: " + report.cache() + " was made for another Java or jar",
				"rm -r " + dir + " (the launcher makes a new one on the next run; a release archive: reinstall it)");
	}

	/** The config file, and when it can be read, its profiles and the one in use. */
	static List<Check> config(ConfigStore store, Session session) {
		Path file = store.file();
		if (!Files.exists(file)) {
			return List.of(Check.pass("config file", file + " · none yet (login --save writes it)"));
		}
		try {
			Optional<String> open = PrivateFiles.openMode(file);
			if (open.isPresent()) {
				return List.of(Check.fail("config file", file + " · mode " + open.get()
						+ ": other users can read it, so exa-shell will not use it", "chmod 600 " + file));
			}
			ConfigFile config = store.read();
			return List.of(Check.pass("config file", file + " · mode 0600"),
					Check.pass("profiles", profiles(config, session)));
		}
		catch (IOException e) {
			return List.of(Check.fail("config file", "cannot read " + file + ": " + e.getMessage(),
					"check that " + file + " is yours and readable"));
		}
		catch (CliException e) {
			return List.of(Check.fail("config file", e.getMessage(), e.hint()));
		}
	}

	private static String profiles(ConfigFile config, Session session) {
		String names = config.profiles().isEmpty() ? "none saved" : String.join(", ", config.sorted().keySet());
		return names + " · in use: " + inUse(config, session);
	}

	private static String inUse(ConfigFile config, Session session) {
		if (session.sandbox()) {
			return "none (embedded sandbox)";
		}
		try {
			return session.profile().orElse(config.active());
		}
		catch (CliException e) {
			return config.active();
		}
	}

	static Check terminal(Io io) {
		String colour = io.color() ? "colour on" : "colour off";
		if (!io.tty()) {
			return Check.pass("terminal", "stdout is not a terminal (tab-separated output) · " + colour);
		}
		String found = "stdout is a terminal · " + io.width() + " columns · " + colour;
		return io.width() < NARROW ? Check.fail("terminal", found,
				"widen the window to at least 80 columns (narrower tables drop columns)") : Check.pass("terminal", found);
	}
}
