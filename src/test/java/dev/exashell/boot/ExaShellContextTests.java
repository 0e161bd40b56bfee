package dev.exashell.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.StandardStreams;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindingPostProcessor;
import org.springframework.context.event.EventListenerMethodProcessor;
import org.springframework.shell.core.autoconfigure.SpringShellProperties;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.Command;
import org.springframework.context.support.GenericApplicationContext;

class ExaShellContextTests {

	@TempDir
	Path home;

	@Test
	void ourModeRunnerIsTheOnlyRunnerAndSpringShellBringsNoCommandOfItsOwn() {
		try (GenericApplicationContext context = ExaShellContext.create()) {
			Map<String, String> env = Map.of("HOME", home.toString());
			context.getBeanFactory().registerSingleton("launchOptions",
					LaunchOptionsParser.parse(new String[] { "--sandbox", "list" }, env));
			context.getBeanFactory().registerSingleton("environmentVariables", env);
			context.getBeanFactory().registerSingleton("standardStreams",
					new StandardStreams(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false));
			context.refresh();

			assertThat(context.getBeanNamesForType(ModeRunner.class)).containsExactly("modeRunner");
			assertThat(context.getBeanNamesForType(ApplicationRunner.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ShellRunner.class)).isEmpty();
			assertThat(context.containsBean("springShellApplicationRunner")).isFalse();
			assertThat(context.getBeanNamesForType(Command.class)).isEmpty();
		}
	}

	@Test
	void noEventListenerScanNoPropertiesBindingAndSpringShellsSettingsMadeDirectly() {
		try (GenericApplicationContext context = ExaShellContext.create()) {
			Map<String, String> env = Map.of("HOME", home.toString());
			context.getBeanFactory().registerSingleton("launchOptions",
					LaunchOptionsParser.parse(new String[] { "list" }, env));
			context.getBeanFactory().registerSingleton("environmentVariables", env);
			context.getBeanFactory().registerSingleton("standardStreams",
					new StandardStreams(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false));
			context.refresh();

			assertThat(context.getBeanNamesForType(EventListenerMethodProcessor.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ConfigurationPropertiesBindingPostProcessor.class)).isEmpty();
			assertThat(context.getBeanNamesForType(SpringShellProperties.class)).containsExactly("springShellProperties");
			assertThat(context.getBean(SpringShellProperties.class).getHistory().getName()).isEqualTo("history");
			assertThat(context.getBeanFactory().getBeanDefinition("history").getDestroyMethodName()).isEqualTo("save");
			assertThat(context.getBeanFactory().getBeanDefinition("commandRegistry").isLazyInit()).isTrue();
		}
	}
}
