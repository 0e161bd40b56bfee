package dev.exashell.imports;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.HttpTrace;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.ModeIo;
import dev.exashell.cli.Version;
import dev.exashell.session.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API access the import commands share; the commands themselves are built by {@code app.Commands}. */
@Configuration(proxyBeanMethods = false)
public class ImportsConfiguration {

	@Bean
	ApiAccess apiAccess(Session session, LaunchOptions launchOptions, ModeIo modeIo) {
		HttpTrace trace = launchOptions.debug() ? new DebugTrace(modeIo) : HttpTrace.NONE;
		return new ApiAccess(session, (base, key) -> new ExaClient(
				ClientConfig.defaults(key, Version.current()).withBaseUrl(base).withTrace(trace)));
	}
}
