package dev.exashell.cli;

import dev.exashell.boot.ExaShellApplication;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Entry point. Global options are read before Spring starts, so a bad one fails fast with exit 2
 * and the mode (interactive, one command, script) is decided at run time, not baked in.
 */
public final class ExaShellMain {

	private ExaShellMain() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv()));
	}

	static int run(String[] args, Map<String, String> env) {
		StandardStreams streams = StandardStreams.system();
		LaunchOptions launch;
		try {
			launch = LaunchOptionsParser.parse(args, env);
		}
		catch (UsageException e) {
			return new ErrorReporter(false).report(e, streams.err(), null);
		}
		if (launch.showVersion()) {
			streams.out().println("exa-shell " + Version.current());
			streams.out().flush();
			return ExitCodes.OK;
		}
		if (launch.showHelp()) {
			streams.out().print(LaunchHelp.text());
			streams.out().flush();
			return ExitCodes.OK;
		}
		launch.warnings().forEach(w -> streams.err().println("warning: " + w));
		streams.err().flush();
		SpringApplication app = new SpringApplication(ExaShellApplication.class);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setAddCommandLineProperties(false);
		app.setDefaultProperties(defaults());
		app.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("launchOptions", launch);
			context.getBeanFactory().registerSingleton("environmentVariables", env);
			context.getBeanFactory().registerSingleton("standardStreams", streams);
		});
		ConfigurableApplicationContext context = app.run();
		return SpringApplication.exit(context);
	}

	private static Map<String, Object> defaults() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.main.lazy-initialization", "true");
		properties.put("spring.shell.interactive.enabled", "false");
		properties.put("spring.shell.command.help.enabled", "false");
		properties.put("spring.shell.command.clear.enabled", "false");
		properties.put("spring.shell.command.version.enabled", "false");
		properties.put("spring.shell.command.script.enabled", "false");
		properties.put("spring.shell.command.history.enabled", "false");
		properties.put("spring.shell.config.location", "{userconfig}/exa-shell");
		properties.put("spring.shell.history.name", "history");
		return properties;
	}
}
