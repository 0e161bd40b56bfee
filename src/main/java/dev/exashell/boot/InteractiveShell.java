package dev.exashell.boot;

import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.StandardStreams;
import java.util.Map;
import org.springframework.beans.BeansException;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The interactive shell: Spring starts as a plain context ({@link ExaShellContext}), not through
 * {@code SpringApplication} (the shell has no use for Boot's start-up machinery: environment
 * post-processors, config files, the logging system, auto-configuration discovery, runners), for
 * Spring Shell's JLine wiring of the prompt. Every bean is declared by the configurations
 * {@link ExaShellApplication} imports, all lazily; ours come from {@link ShellWiring}.
 */
final class InteractiveShell {

	private InteractiveShell() {
	}

	static int run(LaunchOptions launch, Map<String, String> env, StandardStreams streams) {
		try (GenericApplicationContext context = ExaShellContext.create()) {
			context.getBeanFactory().registerSingleton("launchOptions", launch);
			context.getBeanFactory().registerSingleton("environmentVariables", env);
			context.getBeanFactory().registerSingleton("standardStreams", streams);
			// Closes the context (history saved, embedded sandbox stopped) when the JVM is stopped by a signal.
			context.registerShutdownHook();
			ModeRunner runner;
			try {
				context.refresh();
				runner = context.getBean(ModeRunner.class);
			}
			catch (BeansException e) {
				return new ErrorReporter(launch.debug()).report(ExaShellMain.causeOf(e), streams.err(), null);
			}
			return runner.run();
		}
	}
}
