package dev.exashell.boot;

import dev.exashell.interactive.InteractiveConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.autoconfigure.JLineShellAutoConfiguration;
import org.springframework.shell.core.autoconfigure.UserConfigAutoConfiguration;

/**
 * The Spring application. Nothing is component-scanned and nothing is auto-configured by
 * discovery: every bean of ours is registered by the configurations imported here, and the only
 * Spring Shell configurations are the two the prompt needs (the JLine terminal, line reader,
 * completer and history file, and the user config directory the history lives in). They are
 * imported as plain configurations, after ours, so their {@code @ConditionalOnMissingBean}s
 * (prompt, completer, history) see our beans; importing them as auto-configurations would cost a
 * deferred import pass and a property binder for exclusions on every start.
 */
@Configuration(proxyBeanMethods = false)
@Import({ CliConfiguration.class, InteractiveConfiguration.class, JLineShellAutoConfiguration.class,
		UserConfigAutoConfiguration.class })
public class ExaShellApplication {
}
