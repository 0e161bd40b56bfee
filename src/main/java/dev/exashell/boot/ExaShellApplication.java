package dev.exashell.boot;

import dev.exashell.interactive.InteractiveConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.autoconfigure.JLineShellAutoConfiguration;

/**
 * The Spring application. Nothing is component-scanned and nothing is auto-configured by
 * discovery: every bean of ours is registered by the configurations imported here, and the only
 * Spring Shell configuration is the one the prompt needs (the JLine terminal, line reader,
 * completer and history file; the user config directory the history lives in is our own bean, in
 * {@code InteractiveConfiguration}, so Spring Shell's {@code UserConfigAutoConfiguration}, whose
 * only bean it replaces, is not imported). It is imported as a plain configuration, after ours,
 * so its {@code @ConditionalOnMissingBean}s (prompt, completer, history) see our beans; importing
 * it as an auto-configuration would cost a deferred import pass and a property binder for
 * exclusions on every start.
 */
@Configuration(proxyBeanMethods = false)
@Import({ CliConfiguration.class, InteractiveConfiguration.class, JLineShellAutoConfiguration.class })
public class ExaShellApplication {
}
