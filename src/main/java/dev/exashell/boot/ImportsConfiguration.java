package dev.exashell.boot;

import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.ModeIo;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.Session;
import java.util.function.UnaryOperator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API access the import commands share; the commands themselves are built by {@link Commands}. */
@Configuration(proxyBeanMethods = false)
public class ImportsConfiguration {

	@Bean
	ApiAccess apiAccess(Session session, LaunchOptions launchOptions, ModeIo modeIo) {
		return new ApiAccess(session, ApiClients.of(launchOptions, modeIo, UnaryOperator.identity()));
	}
}
