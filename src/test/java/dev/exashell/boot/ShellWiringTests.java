package dev.exashell.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.StandardStreams;
import dev.exashell.testing.TestTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;

/**
 * One-shot and script runs use {@link ShellWiring} without Spring; the interactive shell's Spring
 * context registers what the same wiring builds. Both must offer the same commands that behave the
 * same: each run here against its own embedded sandbox, seeded at the same instant.
 */
class ShellWiringTests {

	private static final String[] LAUNCH = { "--sandbox", "-o", "tsv", "list" };

	/** What each of the two shells is asked, one after the other (a session: {@code next} follows {@code list}). */
	private static final List<String> LINES = List.of("list --limit 3", "next", "show 2", "show imp_unknown",
			"filter --status failed", "status", "frobnicate", "list --limit nope", "help", "version");

	@TempDir
	Path home;

	@Test
	void withoutSpringTheCommandsAreTheOnesTheInteractiveContextRegisters() {
		try (Shell plain = Shell.plain(env()); Shell spring = Shell.spring(env())) {
			assertThat(names(plain.catalog)).isEqualTo(names(spring.catalog))
				.contains("list", "login", "script", "history", "clear", "completion", "exit")
				.hasSize(21);
			for (String name : names(plain.catalog)) {
				assertThat(plain.run("help " + name)).as("help " + name).isEqualTo(spring.run("help " + name));
			}
		}
	}

	@Test
	void withoutSpringEachCommandPrintsAndExitsAsWithIt() {
		try (Shell plain = Shell.plain(env()); Shell spring = Shell.spring(env())) {
			List<String> withoutSpring = new ArrayList<>();
			List<String> withSpring = new ArrayList<>();
			for (String line : LINES) {
				withoutSpring.add(plain.run(line));
				withSpring.add(spring.run(line));
			}

			assertThat(withoutSpring).isEqualTo(withSpring);
			assertThat(withoutSpring.get(0)).startsWith("0\n").hasLineCount(1 + 3);
			assertThat(withoutSpring.get(3)).startsWith("3\n").contains("error: ");
			assertThat(withoutSpring.get(6)).startsWith("2\n").contains("error: unknown command 'frobnicate'");
		}
	}

	private Map<String, String> env() {
		return Map.of("HOME", home.toString(), SandboxClock.VARIABLE, TestTime.NOW.toString());
	}

	private static List<String> names(CommandCatalog catalog) {
		return catalog.commands().stream().map(c -> c.spec().name()).toList();
	}

	/** A command set over captured stdout and stderr. */
	private static final class Shell implements AutoCloseable {

		private final StringWriter out;
		private final StringWriter err;
		private final StandardStreams streams;
		private final CommandCatalog catalog;
		private final CommandDispatcher dispatcher;
		private final AutoCloseable closing;

		private Shell(StringWriter out, StringWriter err, StandardStreams streams, CommandCatalog catalog,
				CommandDispatcher dispatcher, AutoCloseable closing) {
			this.out = out;
			this.err = err;
			this.streams = streams;
			this.catalog = catalog;
			this.dispatcher = dispatcher;
			this.closing = closing;
		}

		static Shell plain(Map<String, String> env) {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			StandardStreams streams = streams(out, err);
			ShellWiring wiring = ShellWiring.create(LaunchOptionsParser.parse(LAUNCH, env), env, streams, () -> 80);
			Commands commands = wiring.commands(() -> {
				throw new AssertionError("no command here needs a terminal");
			});
			return new Shell(out, err, streams, commands.catalog(), commands.dispatcher(), wiring);
		}

		static Shell spring(Map<String, String> env) {
			StringWriter out = new StringWriter();
			StringWriter err = new StringWriter();
			GenericApplicationContext context = ExaShellContext.create();
			context.getBeanFactory().registerSingleton("launchOptions", LaunchOptionsParser.parse(LAUNCH, env));
			context.getBeanFactory().registerSingleton("environmentVariables", env);
			StandardStreams streams = streams(out, err);
			context.getBeanFactory().registerSingleton("standardStreams", streams);
			context.refresh();
			return new Shell(out, err, streams, context.getBean(CommandCatalog.class), context.getBean(CommandDispatcher.class),
					context);
		}

		private static StandardStreams streams(StringWriter out, StringWriter err) {
			return new StandardStreams(new PrintWriter(out), new PrintWriter(err), false);
		}

		/** The exit code, then stdout, then {@code --- stderr} and stderr; the sandbox's port as {@code PORT}. */
		String run(String line) {
			out.getBuffer().setLength(0);
			err.getBuffer().setLength(0);
			int code = dispatcher.executeLine(line, null);
			streams.out().flush();
			streams.err().flush();
			String all = code + "\n" + out + (err.getBuffer().isEmpty() ? "" : "--- stderr\n" + err);
			return all.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
		}

		@Override
		public void close() {
			try {
				closing.close();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
