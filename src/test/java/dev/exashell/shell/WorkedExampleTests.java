package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.ShellCommand;
import dev.exashell.session.CommandContext;
import dev.exashell.shell.TestShell.Result;
import dev.exashell.shell.WorkedExample.Step;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The worked example in docs/architecture.md ("Adding a command") is code that works as shown:
 * its {@code ```java} files compile against the app (the JDK's compiler, in memory), the command
 * is made the way its prose registers it, joins the real catalog beside the app's commands, and
 * every line of the session shown at the prompt runs through the real dispatcher on the sandbox
 * printing exactly what the doc shows. A change to the command model that the doc does not follow
 * fails here with the doc's line.
 */
class WorkedExampleTests {

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	/**
	 * A class can be defined only once in a JVM, so the example is compiled and loaded once; if that
	 * fails, the failure is kept and rethrown to every test.
	 */
	private static Function<CommandContext, ShellCommand> registration;
	private static Throwable failedToLoad;

	@Test
	void theSessionShownRunsWithExactlyTheOutputShown() {
		WorkedExample example = WorkedExample.read();
		TestShell shell = shellWithTheExample(new ArrayList<>());
		SoftAssertions softly = new SoftAssertions();
		for (Step step : example.session()) {
			Result result = shell.run(step.line());
			String shown = WorkedExample.DOC + ": exa> " + step.line();
			softly.assertThat(result.out()).as(shown + " (stdout)").isEqualTo(step.out());
			softly.assertThat(result.err()).as(shown + " (stderr)").isEqualTo(step.err());
			// the session shows no exit codes: a line that fails is the binder's or StatusFilter's usage error
			softly.assertThat(result.code()).as(shown + " (exit code)")
				.isEqualTo(step.err().startsWith("error: ") ? ExitCodes.USAGE : ExitCodes.OK);
		}
		softly.assertAll();
	}

	@Test
	void theSessionShownRunsEveryExampleTheCommandDeclares() {
		List<ShellCommand> made = new ArrayList<>();
		shellWithTheExample(made);

		assertThat(made).hasSize(1);
		assertThat(made.get(0).spec().examples()).isNotEmpty();
		assertThat(WorkedExample.read().session().stream().map(Step::line))
			.as(WorkedExample.DOC + ": the session shown runs the command's examples")
			.containsAll(made.get(0).spec().examples());
	}

	/** Piped, over the shared sandbox, the example's command in the catalog with the app's; {@code made} gets it. */
	private static TestShell shellWithTheExample(List<ShellCommand> made) {
		return TestShell.pipedWith(SHARED.server(), context -> {
			made.add(registered().apply(context));
			return made;
		});
	}

	/** The example's command, made from a context as the doc's registration says. */
	private static synchronized Function<CommandContext, ShellCommand> registered() {
		if (registration == null && failedToLoad == null) {
			try {
				registration = load(WorkedExample.read());
			}
			catch (Throwable e) {
				failedToLoad = e;
			}
		}
		if (failedToLoad != null) {
			throw new AssertionError(failedToLoad.getMessage(), failedToLoad);
		}
		return registration;
	}

	/** Compiles the example's files and its registration, defines them in the app's package and makes the registration. */
	@SuppressWarnings("unchecked")
	private static Function<CommandContext, ShellCommand> load(WorkedExample example) throws Exception {
		List<MemoryCompiler.Source> sources = new ArrayList<>(example.files());
		sources.add(example.registration());
		Map<String, byte[]> classes = MemoryCompiler.compile(sources, ShellCommand.class);
		Lookup lookup = MethodHandles.privateLookupIn(classIn(example.packageName()), MethodHandles.lookup());
		Class<?> made = null;
		for (Map.Entry<String, byte[]> compiled : classes.entrySet()) {
			Class<?> defined = lookup.defineClass(compiled.getValue());
			made = compiled.getKey().endsWith(".DocRegistration") ? defined : made;
		}
		return (Function<CommandContext, ShellCommand>) made.getConstructor().newInstance();
	}

	/**
	 * A class of the app in {@code packageName}: the example's classes are defined beside it, in
	 * the same class loader and package, so they reach its package-private classes as a real file
	 * there does.
	 */
	private static Class<?> classIn(String packageName) throws IOException, ClassNotFoundException {
		Path directory = MemoryCompiler.location(ShellCommand.class).resolve(packageName.replace('.', '/'));
		try (Stream<Path> files = Files.list(directory)) {
			String name = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
				.sorted().findFirst().orElseThrow(() -> new AssertionError("no class of the app in " + packageName));
			return Class.forName(packageName + "." + name.replace(".class", ""));
		}
	}
}
