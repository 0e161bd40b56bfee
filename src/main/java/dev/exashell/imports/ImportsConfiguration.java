package dev.exashell.imports;

import dev.exashell.api.ClientConfig;
import dev.exashell.api.ExaClient;
import dev.exashell.api.HttpTrace;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.ModeIo;
import dev.exashell.cli.Version;
import dev.exashell.session.LoginCommand;
import dev.exashell.session.LogoutCommand;
import dev.exashell.session.SecretPrompt;
import dev.exashell.session.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import commands and the services behind them. */
@Configuration(proxyBeanMethods = false)
public class ImportsConfiguration {

	@Bean
	ApiAccess apiAccess(Session session, LaunchOptions launchOptions, ModeIo modeIo) {
		HttpTrace trace = launchOptions.debug() ? new DebugTrace(modeIo) : HttpTrace.NONE;
		return new ApiAccess(session, (base, key) -> new ExaClient(
				ClientConfig.defaults(key, Version.current()).withBaseUrl(base).withTrace(trace)));
	}

	@Bean
	LoginCommand loginCommand(Session session, ObjectProvider<SecretPrompt> secretPrompt, ApiAccess apiAccess,
			ModeIo modeIo) {
		return new LoginCommand(session, prompt -> secretPrompt.getObject().ask(prompt),
				key -> apiAccess.clientFor(key).list(null, 1), modeIo);
	}

	@Bean
	LogoutCommand logoutCommand(Session session, ModeIo modeIo) {
		return new LogoutCommand(session, modeIo);
	}

	@Bean
	ImportBrowser importBrowser(Session session, ApiAccess apiAccess) {
		return new ImportBrowser(session, () -> new PageFetcher(apiAccess.api()));
	}

	@Bean
	PageView pageView(ModeIo modeIo, LaunchOptions launchOptions) {
		return new PageView(modeIo, launchOptions.output());
	}

	@Bean
	AllPages allPages(ApiAccess apiAccess, ModeIo modeIo, LaunchOptions launchOptions) {
		return new AllPages(() -> new PageFetcher(apiAccess.api()), modeIo, launchOptions.output());
	}

	@Bean
	ListCommand listCommand(ImportBrowser importBrowser, AllPages allPages, PageView pageView, Session session) {
		return new ListCommand(importBrowser, allPages, pageView, session);
	}

	@Bean
	PageStepCommand nextCommand(ImportBrowser importBrowser, PageView pageView, ModeIo modeIo) {
		return PageStepCommand.next(importBrowser, pageView, modeIo);
	}

	@Bean
	PageStepCommand prevCommand(ImportBrowser importBrowser, PageView pageView, ModeIo modeIo) {
		return PageStepCommand.prev(importBrowser, pageView, modeIo);
	}

	@Bean
	ShowCommand showCommand(ApiAccess apiAccess, Session session, ModeIo modeIo, LaunchOptions launchOptions) {
		return new ShowCommand(apiAccess, session, modeIo, launchOptions.output());
	}

	@Bean
	FilterCommand filterCommand(Session session, ImportBrowser importBrowser, PageView pageView, ModeIo modeIo) {
		return new FilterCommand(session, importBrowser, pageView, modeIo);
	}

}
