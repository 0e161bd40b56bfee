package dev.exashell.session;

import dev.exashell.cli.LaunchOptions;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The session, seeded from the launch options. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

	@Bean
	Session session(LaunchOptions launchOptions) {
		URI base = URI.create(launchOptions.baseUrl() == null ? LaunchOptions.DEFAULT_BASE_URL : launchOptions.baseUrl());
		ApiKey key = launchOptions.apiKey() == null ? null : new ApiKey(launchOptions.apiKey(), launchOptions.keySource());
		return new Session(base, false, key);
	}
}
