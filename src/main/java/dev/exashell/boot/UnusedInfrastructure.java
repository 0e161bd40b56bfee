package dev.exashell.boot;

import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;

/**
 * Takes out two pieces of Spring infrastructure that the imported configurations register and
 * that cost every start without doing anything for the shell (together ~70 ms of main-thread CPU
 * before the prompt, measured on the AOT path):
 * <ul>
 * <li>the {@code @EventListener} processor, which looks at every method of every bean for the
 * annotation. The only such method is Spring Shell's {@code JLineShellAutoConfiguration}
 * {@code onContextClosedEvent}, which saves the history; the history bean saves itself when the
 * context closes instead ({@code InteractiveConfiguration.history});</li>
 * <li>{@code @ConfigurationProperties} binding, which looks for the annotation on every bean
 * created and binds Spring Shell's {@code SpringShellProperties} from the environment. Its values
 * are fixed for the shell, so {@code InteractiveConfiguration.springShellProperties} makes it
 * directly.</li>
 * </ul>
 * It runs when the configurations are parsed (at build time for the AOT-generated definitions,
 * which then never contain these beans).
 */
final class UnusedInfrastructure implements BeanFactoryPostProcessor {

	/** Bean classes whose definitions are removed. */
	static final Set<String> REMOVED = Set.of("org.springframework.context.event.EventListenerMethodProcessor",
			"org.springframework.context.event.DefaultEventListenerFactory",
			"org.springframework.boot.context.properties.ConfigurationPropertiesBindingPostProcessor",
			"org.springframework.boot.context.properties.ConfigurationPropertiesBinder$ConfigurationPropertiesBinderFactory",
			"org.springframework.boot.context.properties.ConfigurationPropertiesBinder",
			"org.springframework.boot.context.properties.BoundConfigurationProperties",
			"org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter");

	/** The name {@code @EnableConfigurationProperties} registers Spring Shell's settings under (made by us instead). */
	static final String BOUND_SHELL_PROPERTIES = "spring.shell-org.springframework.shell.core.autoconfigure.SpringShellProperties";

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
		for (String name : beanFactory.getBeanDefinitionNames()) {
			String type = beanFactory.getBeanDefinition(name).getBeanClassName();
			if (type != null && REMOVED.contains(type) || name.equals(BOUND_SHELL_PROPERTIES)) {
				registry.removeBeanDefinition(name);
			}
		}
	}
}
