package dev.exashell.boot;

import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.StandardStreams;
import dev.exashell.config.ConfigStore;
import dev.exashell.sandbox.SandboxOptions;
import dev.exashell.sandbox.SandboxServer;
import dev.exashell.session.ApiKey;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.Session;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session, seeded from the launch options and the saved profiles (resolved on first use);
 * with {@code --sandbox} it starts the embedded sandbox.
 */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

	@Bean(destroyMethod = "close")
	SandboxServer embeddedSandbox(Map<String, String> environmentVariables, StandardStreams standardStreams) {
		return SandboxServer.start(SandboxOptions.defaults().withPort(0)
			.withProcessing(SandboxProcessing.fromEnvironment(environmentVariables, standardStreams.err()))
			.withClock(SandboxClock.fromEnvironment(environmentVariables, standardStreams.err())));
	}

	@Bean
	ConfigStore configStore(Map<String, String> environmentVariables) {
		return new ConfigStore(ConfigStore.locate(environmentVariables));
	}

	@Bean
	OriginResolver originResolver(LaunchOptions launchOptions, ConfigStore configStore) {
		return new OriginResolver(launchOptions, configStore);
	}

	@Bean
	Session session(LaunchOptions launchOptions, ObjectProvider<SandboxServer> embeddedSandbox,
			OriginResolver originResolver) {
		if (launchOptions.sandbox()) {
			SandboxServer sandbox = embeddedSandbox.getObject();
			return new Session(sandbox.baseUrl(), true, new ApiKey(SandboxOptions.DEFAULT_API_KEY, KeySource.SANDBOX));
		}
		return new Session(false, originResolver::resolve);
	}
}
