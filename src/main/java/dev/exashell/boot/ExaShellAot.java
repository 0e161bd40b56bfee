package dev.exashell.boot;

import java.nio.file.Path;
import org.springframework.context.aot.ContextAotProcessor;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Build-time only: Spring AOT for the shell's context. Run by Maven in {@code prepare-package}
 * (see pom.xml) with the output directories as arguments; it writes the generated
 * {@code ExaShellApplication__ApplicationContextInitializer} and friends as sources (compiled into
 * the jar by the next build step) and the CGLIB classes it had to generate as class files.
 * Spring Boot's {@code process-aot} goal cannot be used: it drives {@code SpringApplication}, which
 * the shell does not start.
 *
 * <pre>
 * ExaShellAot SOURCE_DIR RESOURCE_DIR CLASS_DIR GROUP_ID ARTIFACT_ID
 * </pre>
 */
public final class ExaShellAot extends ContextAotProcessor {

	private ExaShellAot(Settings settings) {
		super(ExaShellApplication.class, settings);
	}

	@Override
	protected GenericApplicationContext prepareApplicationContext(Class<?> application) {
		return ExaShellContext.forAotProcessing();
	}

	public static void main(String[] args) {
		if (args.length != 5) {
			throw new IllegalArgumentException("usage: ExaShellAot SOURCE_DIR RESOURCE_DIR CLASS_DIR GROUP_ID ARTIFACT_ID");
		}
		Settings settings = Settings.builder()
			.sourceOutput(Path.of(args[0]))
			.resourceOutput(Path.of(args[1]))
			.classOutput(Path.of(args[2]))
			.groupId(args[3])
			.artifactId(args[4])
			.build();
		new ExaShellAot(settings).process();
	}
}
