package dev.exashell.boot;

import dev.exashell.api.Sleeper;
import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LinePrompt;
import dev.exashell.cli.ModeIo;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.StandardStreams;
import dev.exashell.interactive.InteractiveStart;
import dev.exashell.script.ScriptRunner;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.CommandContext;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.SecretPrompt;
import dev.exashell.session.Session;
import java.time.Clock;
import java.util.Map;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shell's core wiring, registered explicitly (no component scanning). The commands themselves
 * are built by {@link Commands}, which tests use too; any other {@link ShellCommand} bean (the
 * interactive ones) is added to them.
 */
@Configuration(proxyBeanMethods = false)
public class CliConfiguration {

	@Bean
	ModeIo modeIo(StandardStreams standardStreams, LaunchOptions launchOptions, Map<String, String> environmentVariables,
			ObjectProvider<Terminal> terminal) {
		IntSupplier width = () -> terminal.getObject().getWidth();
		return new ModeIo(standardStreams, launchOptions, environmentVariables, width, Clock.systemUTC());
	}

	@Bean
	ErrorReporter errorReporter(LaunchOptions launchOptions, StandardStreams standardStreams) {
		return new ErrorReporter(launchOptions.debug(), standardStreams.err());
	}

	@Bean
	Commands commands(Session session, ApiAccess apiAccess, ModeIo modeIo, LaunchOptions launchOptions,
			ErrorReporter errorReporter, ObjectProvider<SecretPrompt> secretPrompt, ObjectProvider<ShellCommand> more,
			OriginResolver originResolver, ObjectProvider<LinePrompt> linePrompt) {
		return Commands.create(new CommandContext(session, apiAccess, modeIo, launchOptions.output(), errorReporter,
				originResolver, prompt -> secretPrompt.getObject().ask(prompt),
				question -> linePrompt.getObject().ask(question), Sleeper.SYSTEM,
				launchOptions.mode() == LaunchOptions.Mode.INTERACTIVE ? Interrupts.NONE : Interrupts.sigint()),
				more.orderedStream().toList());
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
