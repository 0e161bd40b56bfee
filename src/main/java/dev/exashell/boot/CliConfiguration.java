package dev.exashell.boot;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.ModeIo;
import dev.exashell.cli.StandardStreams;
import dev.exashell.config.ConfigStore;
import dev.exashell.interactive.InteractiveStart;
import dev.exashell.script.ScriptRunner;
import dev.exashell.session.Session;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The interactive shell's core beans, registered explicitly (no component scanning): each is what
 * the one {@link ShellWiring} holds, the wiring one-shot and script runs use without Spring. Only
 * the terminal differs: here it is Spring Shell's, whose line reader the prompt reads from.
 */
@Configuration(proxyBeanMethods = false)
public class CliConfiguration {

	/** Closed with the context: the embedded sandbox stops. */
	@Bean(destroyMethod = "close")
	ShellWiring shellWiring(LaunchOptions launchOptions, Map<String, String> environmentVariables,
			StandardStreams standardStreams, ObjectProvider<Terminal> terminal) {
		return ShellWiring.create(launchOptions, environmentVariables, standardStreams,
				() -> terminal.getObject().getWidth());
	}

	@Bean
	ModeIo modeIo(ShellWiring shellWiring) {
		return shellWiring.modeIo();
	}

	@Bean
	ErrorReporter errorReporter(ShellWiring shellWiring) {
		return shellWiring.reporter();
	}

	@Bean
	ConfigStore configStore(ShellWiring shellWiring) {
		return shellWiring.configStore();
	}

	@Bean
	Session session(ShellWiring shellWiring) {
		return shellWiring.session();
	}

	@Bean
	Commands commands(ShellWiring shellWiring, ObjectProvider<LineReader> lineReader) {
		return shellWiring.commands(lineReader::getObject);
	}

	@Bean
	CommandCatalog commandCatalog(Commands commands) {
		return commands.catalog();
	}

	@Bean
	CommandDispatcher commandDispatcher(Commands commands) {
		return commands.dispatcher();
	}

	@Bean
	ScriptRunner scriptRunner(Commands commands) {
		return commands.scripts();
	}

	@Bean
	ModeRunner modeRunner(LaunchOptions launchOptions, CommandDispatcher commandDispatcher,
			ScriptRunner scriptRunner, ObjectProvider<InteractiveStart> interactiveStart, ErrorReporter errorReporter,
			ModeIo modeIo) {
		return new ModeRunner(launchOptions, commandDispatcher, scriptRunner,
				() -> interactiveStart.getObject().getAsInt(), errorReporter, modeIo);
	}
}
