package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What the README and docs/ name exists: every script, repository path and {@code ./mvnw} they
 * mention, and every class they show in code, so a renamed or moved file makes its docs fail here.
 */
class DocsNamesTests {

	private static final Pattern PATH_NAMED = Pattern
		.compile("(?<![\\w/.~$-])(scripts/[\\w.-]+|bench/[\\w./-]*\\w|src/[\\w./-]*\\w|docs/[\\w.-]+|\\.ci/run|\\./mvnw)");

	/** A type name in code: two or more capitalised parts ({@code ModeRunner}, {@code ExaShellMain}). */
	private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\\b");

	private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|record|interface|enum) ([A-Z]\\w*)");

	/**
	 * Names the docs show that are not ours: the JDK's, Spring's, Jackson's, JVM flags, the error
	 * shapes' short names.
	 */
	private static final Set<String> OUTSIDE = Set.of("ArchiveClassesAtExit", "ConcurrentSkipListMap",
			"DateTimeFormatter", "FileChannel", "SocketChannel", "UsePerfData", "HttpClient", "HttpServer", "HttpURLConnection",
			"IllegalArgumentException", "MethodHandle", "TieredStopAtLevel", "UseSerialGC", "SurvivorRatio", "CompileThresholdScaling", "CompileCommand",
			"UserThreadWaitAttemptsAtExit", "GenericApplicationContext", "SpringApplication", "CommandRegistry",
			"RetryTemplate", "PropertiesLauncher", "UserConfigAutoConfiguration", "JsonGenerator", "JsonMapper",
			"ObjectWriter", "BadRequest", "NotFound", "PermissionDenied", "RateLimit", "BigDecimal");

	@Test
	void everyScriptPathAndMavenWrapperNamedExists() {
		SoftAssertions softly = new SoftAssertions();
		Set<String> named = new TreeSet<>();
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			for (String line : doc.lines()) {
				Matcher path = PATH_NAMED.matcher(line);
				while (path.find()) {
					named.add(path.group(1));
					softly.assertThat(MarkdownDocs.ROOT.resolve(path.group(1))).as(doc.name() + ": " + line).exists();
				}
			}
		}
		softly.assertAll();
		assertThat(named).contains("scripts/exa-shell", "scripts/install-test-tools", "./mvnw", ".ci/run",
				"scripts/exa-sandbox", "scripts/package", "scripts/bench");
	}

	@Test
	void everyClassShownInCodeIsOneOfOursOrANamedOutsideOne() throws IOException {
		Set<String> ours = declaredTypes();
		SoftAssertions softly = new SoftAssertions();
		Set<String> shown = new TreeSet<>();
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			for (String span : doc.inlineCode()) {
				Matcher name = TYPE_NAME.matcher(span);
				while (name.find()) {
					shown.add(name.group());
					softly.assertThat(ours.contains(name.group()) || OUTSIDE.contains(name.group()))
						.as(doc.name() + ": `" + span + "` names " + name.group() + ", which is no class of ours")
						.isTrue();
				}
			}
		}
		softly.assertAll();
		assertThat(shown).contains("ExaShellMain", "LaunchOptionsParser", "ModeRunner", "CommandDispatcher",
				"InvocationBinder", "ErrorReporter", "ExitCodes");
	}

	/**
	 * The classes, records, interfaces and enums declared in the main and test sources, nested ones
	 * too, and in the docs' {@code ```java} blocks (the worked example, which WorkedExampleTests compiles).
	 */
	private static Set<String> declaredTypes() throws IOException {
		Set<String> names = new HashSet<>();
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			for (MarkdownDocs.Fenced block : doc.fencedBlocks()) {
				Matcher declared = DECLARATION.matcher(block.info().equals("java") ? String.join("\n", block.lines()) : "");
				while (declared.find()) {
					names.add(declared.group(1));
				}
			}
		}
		for (String root : List.of("src/main/java", "src/test/java")) {
			try (Stream<Path> files = Files.walk(MarkdownDocs.ROOT.resolve(root))) {
				for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
					Matcher declared = DECLARATION.matcher(Files.readString(file));
					while (declared.find()) {
						names.add(declared.group(1));
					}
				}
			}
		}
		return names;
	}
}
