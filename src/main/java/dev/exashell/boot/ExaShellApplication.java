package dev.exashell.boot;

import dev.exashell.cli.CliConfiguration;
import dev.exashell.imports.ImportsConfiguration;
import dev.exashell.interactive.InteractiveConfiguration;
import dev.exashell.session.SessionConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.autoconfigure.JLineShellAutoConfiguration;
import org.springframework.shell.core.autoconfigure.UserConfigAutoConfiguration;

/**
 * The Spring application. Nothing is component-scanned and nothing is auto-configured by
 * discovery: every bean of ours is registered by the configurations imported here, and the only
 * auto-configurations are the two Spring Shell ones the prompt needs (the JLine terminal, line
 * reader, completer and history file, and the user config directory the history lives in).
 * Everything else Boot would discover (Jackson, task executors, Spring Shell's own runners and
 * commands, ...) is never used, so it is never evaluated.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ JLineShellAutoConfiguration.class, UserConfigAutoConfiguration.class })
@Import({ CliConfiguration.class, InteractiveConfiguration.class, SessionConfiguration.class,
		ImportsConfiguration.class })
public class ExaShellApplication {
}
