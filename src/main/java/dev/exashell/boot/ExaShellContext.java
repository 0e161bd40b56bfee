package dev.exashell.boot;

import java.util.HashMap;
import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Builds the shell's Spring context (not yet refreshed): a plain {@link GenericApplicationContext},
 * not {@code SpringApplication}, with the properties Spring Shell's JLine wiring reads and every
 * bean lazy.
 * <p>
 * The bean definitions come from one of two places, which describe the same beans:
 * <ul>
 * <li>with {@code -Dspring.aot.enabled=true} (what {@code scripts/exa-shell} passes), from the
 * code Spring AOT generated at build time from {@link ExaShellApplication}
 * ({@code ExaShellApplication__ApplicationContextInitializer}, written by {@link ExaShellAot} during
 * {@code prepare-package}): no configuration classes parsed, no conditions evaluated, no CGLIB
 * classes generated at start-up;</li>
 * <li>otherwise (e.g. {@code java -jar target/exa-shell.jar}), from {@link ExaShellApplication}'s
 * annotations, processed at start-up.</li>
 * </ul>
 * Only the interactive shell starts this context (one-shot and script runs use {@link ShellWiring}
 * alone); the mode is still not part of the definitions, so the context can run any mode
 * ({@link ModeRunner}), as the tests that compare it with the plain wiring do.
 */
public final class ExaShellContext {

	static final String AOT_INITIALIZER = ExaShellApplication.class.getName() + "__ApplicationContextInitializer";

	private ExaShellContext() {
	}

	public static GenericApplicationContext create() {
		GenericApplicationContext context = withProperties();
		ApplicationContextInitializer<GenericApplicationContext> generated = AotDetector.useGeneratedArtifacts()
				? generatedInitializer() : null;
		if (generated != null) {
			generated.initialize(context);
		}
		else {
			fromAnnotations(context);
		}
		return context;
	}

	/** The context Spring AOT processes at build time: the annotation-driven one. */
	static GenericApplicationContext forAotProcessing() {
		GenericApplicationContext context = withProperties();
		fromAnnotations(context);
		return context;
	}

	private static GenericApplicationContext withProperties() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment().getPropertySources().addLast(new MapPropertySource("exaShellDefaults", defaults()));
		return context;
	}

	private static void fromAnnotations(GenericApplicationContext context) {
		context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor());
		context.addBeanFactoryPostProcessor(new UnusedInfrastructure());
		new AnnotatedBeanDefinitionReader(context).register(ExaShellApplication.class);
	}

	/** Null when the jar was built without the AOT step; the annotations then do the same job, slower. */
	@SuppressWarnings("unchecked")
	private static ApplicationContextInitializer<GenericApplicationContext> generatedInitializer() {
		ClassLoader loader = ExaShellContext.class.getClassLoader();
		if (!ClassUtils.isPresent(AOT_INITIALIZER, loader)) {
			return null;
		}
		try {
			return (ApplicationContextInitializer<GenericApplicationContext>) ClassUtils.forName(AOT_INITIALIZER, loader)
				.getDeclaredConstructor()
				.newInstance();
		}
		catch (ReflectiveOperationException | LinkageError e) {
			throw new IllegalStateException("cannot use the AOT-generated " + AOT_INITIALIZER, e);
		}
	}

	/**
	 * The Spring Shell conditions its JLine wiring has: no runner of its own and no {@code history}
	 * command (ours replace them). Its settings (the history file's name, in the directory our
	 * {@code UserConfigPathProvider} gives) are made in {@code InteractiveConfiguration.springShellProperties},
	 * not bound from here (see {@link UnusedInfrastructure}).
	 */
	private static Map<String, Object> defaults() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.shell.interactive.enabled", "false");
		properties.put("spring.shell.command.history.enabled", "false");
		return properties;
	}
}
