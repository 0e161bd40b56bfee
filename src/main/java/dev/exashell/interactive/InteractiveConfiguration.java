package dev.exashell.interactive;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.CommandDispatcher;
import dev.exashell.cli.FailFastOutputStream;
import dev.exashell.cli.Io;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.ModeIo;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.StandardStreams;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiKey;
import dev.exashell.session.Session;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jline.builtins.Completers;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.shell.core.autoconfigure.SpringShellProperties;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.config.UserConfigPathProvider;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.shell.jline.PromptProvider;

/**
 * The interactive side: what Spring Shell's JLine wiring needs from us (the command registry, our
 * completer, the history that keeps keys out, the config directory it lives in, the prompt) and the
 * loop that reads lines. Only the interactive shell starts Spring; one-shot and script runs use
 * {@code boot/ShellWiring} alone.
 */
@Configuration(proxyBeanMethods = false)
public class InteractiveConfiguration {

	/** Lines never written to history (a safety net: {@link SafeHistory} drops them, and the keys, itself). */
	static final String HISTORY_IGNORE = "login:login *:*--api-key*";

	/**
	 * Lazy like every other bean (Spring does not make a {@code SmartInitializingSingleton} lazy by
	 * itself), so it is built when the completer first asks for it, not at refresh. Built on
	 * demand, it never looks for command beans in the context either; every command is
	 * registered here.
	 */
	@Bean
	@Lazy
	CommandRegistry commandRegistry(CommandCatalog commandCatalog) {
		CommandRegistry registry = new CommandRegistry();
		for (ShellCommand command : commandCatalog.commands()) {
			registry.registerCommand(new SpringShellCommandAdapter(command));
		}
		return registry;
	}

	/** Replaces Spring Shell's completer, which cannot complete positional arguments. */
	@Bean
	CommandCompleter commandCompleter(CommandRegistry commandRegistry, CommandCatalog commandCatalog, Session session,
			ConfigStore configStore) {
		CompletionEngine engine = new CompletionEngine(commandCatalog, session, () -> {
			try {
				return configStore.read().profiles().keySet();
			}
			catch (RuntimeException e) {
				return List.of();
			}
		});
		return new ExaCompleter(commandRegistry, engine, new Completers.FileNameCompleter());
	}

	/** Spring Shell keeps its history file here: exa-shell's config directory, as {@link ConfigStore} finds it. */
	@Bean
	UserConfigPathProvider userConfigPathProvider(ConfigStore configStore) {
		return configStore::dir;
	}

	/**
	 * Spring Shell's settings, made directly rather than bound from the environment (see
	 * {@code boot.UnusedInfrastructure}): the history file is {@code history} in our config directory.
	 */
	@Bean
	SpringShellProperties springShellProperties() {
		SpringShellProperties properties = new SpringShellProperties();
		properties.getHistory().setName(ConfigStore.HISTORY_FILE);
		return properties;
	}

	/** Saved when the context closes (Spring Shell's own listener for that is not registered). */
	@Bean(destroyMethod = "save")
	History history(Session session, LaunchOptions launchOptions, ConfigStore configStore, CommandCatalog commandCatalog) {
		return new SafeHistory(() -> {
			Collection<String> keys = new ArrayList<>();
			if (launchOptions.apiKey() != null) {
				keys.add(launchOptions.apiKey());
			}
			try {
				session.apiKey().map(ApiKey::value).ifPresent(keys::add);
				configStore.read().profiles().values().stream().map(Profile::apiKey).forEach(keys::add);
			}
			catch (RuntimeException e) {
				// a config file we refuse has been reported already; the keys we know are still kept out
			}
			return keys;
		}, commandCatalog::startsWithSecretLikeWord);
	}

	/** JLine's JNI provider alone when its library loads: the terminal is then built without probing the others. */
	@Bean
	TerminalProviders terminalProviders() {
		return new TerminalProviders();
	}

	@Bean
	PromptProvider promptProvider() {
		return () -> new AttributedString("exa> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
	}

	@Bean
	InteractiveStart interactiveStart(ObjectProvider<LineReader> lineReader, CommandDispatcher commandDispatcher,
			CommandCatalog commandCatalog, Session session, ModeIo modeIo, PromptProvider promptProvider,
			TerminalProviders terminalProviders, StandardStreams standardStreams) {
		return () -> {
			LineReader reader = lineReader.getObject();
			reader.setVariable(LineReader.HISTORY_IGNORE, HISTORY_IGNORE);
			Terminal terminal = reader.getTerminal();
			// At a terminal output and errors share one writer, so they stay in order; piped in,
			// errors go to stderr, away from the data. Unlike terminal.writer() the output's writer
			// throws a failed write, which is then reported on the process's stderr.
			LineSource lines = terminalProviders.stdinIsTerminal() ? LineSource.TERMINAL : LineSource.NOT_A_TERMINAL;
			FailFastOutputStream checked = new FailFastOutputStream(terminal.output(), false);
			PrintWriter output = checked.printWriter(terminal.outputEncoding());
			PrintWriter diagnostics = lines.diagnostics(output, standardStreams.err());
			boolean tty = lines.outputIsTerminal(standardStreams.stdoutIsTerminal());
			modeIo.useInteractive(() -> new Io(output, diagnostics, tty,
					tty && terminal.getWidth() > 0 ? terminal.getWidth() : 80, modeIo.colorFor(tty), modeIo.clock()));
			String prompt = promptProvider.getPrompt().toAnsi(terminal);
			return new InteractiveLoop(reader, commandDispatcher, commandCatalog::startsWithSecretLikeWord, session, prompt,
					lines, checked::failed)
				.run(Banner.line(session), standardStreams.err());
		};
	}
}
