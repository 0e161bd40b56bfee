package dev.exashell.boot;

import dev.exashell.cli.CliConfiguration;
import dev.exashell.imports.ImportsConfiguration;
import dev.exashell.interactive.InteractiveConfiguration;
import dev.exashell.session.SessionConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The Spring Boot application. It lives alone in its package so that component scanning (and
 * Spring Shell's own scan for {@code @Command} methods) finds nothing: every bean is registered
 * explicitly by the configurations imported here, which keeps start-up cheap.
 */
@SpringBootApplication
@Import({ CliConfiguration.class, InteractiveConfiguration.class, SessionConfiguration.class,
		ImportsConfiguration.class })
public class ExaShellApplication {
}
