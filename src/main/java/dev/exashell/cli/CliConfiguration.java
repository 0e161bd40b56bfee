package dev.exashell.cli;

import dev.exashell.cli.builtin.ExitCommand;
import dev.exashell.cli.builtin.HelpCommand;
import dev.exashell.cli.builtin.ScriptCommand;
import dev.exashell.cli.builtin.VersionCommand;
import dev.exashell.script.ScriptRunner;
import dev.exashell.session.Session;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shell's core wiring, registered explicitly (no component scanning). */
@Configuration(proxyBeanMethods = false)
public class CliConfiguration {

	/** The order {@code help} lists commands in. */
	private static final List<String> ORDER = List.of("list", "next", "prev", "show", "filter", "watch", "create",
			"update", "delete", "status", "login", "logout", "script", "history", "clear", "help", "version", "exit");

	@Bean
	ModeIo modeIo(StandardStreams standardStreams, LaunchOptions launchOptions, Map<String, String> environmentVariables,
			ObjectProvider<Terminal> terminal) {
		IntSupplier width = () -> terminal.getObject().getWidth();
		return new ModeIo(standardStreams, launchOptions, environmentVariables, width, Clock.systemUTC());
	}

	@Bean
	ErrorReporter errorReporter(LaunchOptions launchOptions) {
		return new ErrorReporter(launchOptions.debug());
	}

	@Bean
	CommandCatalog commandCatalog(ObjectProvider<ShellCommand> commands) {
		return new CommandCatalog(commands.stream()
			.sorted(Comparator.comparingInt(c -> rank(c.spec().name())))
			.toList());
	}

	private static int rank(String name) {
		int index = ORDER.indexOf(name);
		return index < 0 ? ORDER.size() : index;
	}

	@Bean
	CommandDispatcher commandDispatcher(CommandCatalog commandCatalog, ErrorReporter errorReporter, ModeIo modeIo,
			ScriptRunner scriptRunner) {
		CommandDispatcher dispatcher = new CommandDispatcher(commandCatalog, errorReporter, modeIo);
		scriptRunner.attach(dispatcher);
		return dispatcher;
	}

	@Bean
	ScriptRunner scriptRunner(ModeIo modeIo, Session session) {
		return new ScriptRunner(modeIo, session);
	}

	@Bean(name = "springShellApplicationRunner")
	ModeRunner springShellApplicationRunner(LaunchOptions launchOptions, CommandDispatcher commandDispatcher,
			ScriptRunner scriptRunner, ObjectProvider<InteractiveStart> interactiveStart, ErrorReporter errorReporter,
			ModeIo modeIo) {
		return new ModeRunner(launchOptions, commandDispatcher, scriptRunner,
				() -> interactiveStart.getObject().getAsInt(), errorReporter, modeIo);
	}

	@Bean
	HelpCommand helpCommand(ObjectProvider<CommandCatalog> commandCatalog, ModeIo modeIo) {
		return new HelpCommand(commandCatalog::getObject, modeIo);
	}

	@Bean
	VersionCommand versionCommand(ModeIo modeIo) {
		return new VersionCommand(modeIo);
	}

	@Bean
	ExitCommand exitCommand(Session session) {
		return new ExitCommand(session);
	}

	@Bean
	ScriptCommand scriptCommand(ScriptRunner scriptRunner) {
		return new ScriptCommand(scriptRunner);
	}

	/** Starts the interactive prompt; provided by the interactive wiring. */
	public interface InteractiveStart extends IntSupplier {
	}
}
