package dev.exashell.shell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java source held in memory with the JDK's compiler against the app's classes (and the
 * test classpath), for code the docs show. A failure is an {@link AssertionError} listing each
 * error where the reader sees it: the doc's file and line, as {@link Source} says.
 */
final class MemoryCompiler {

	/** One compilation unit and where it is shown: the doc's name and the number of the unit's first line in it. */
	record Source(String typeName, String text, String shownIn, int firstLine) {
	}

	private MemoryCompiler() {
	}

	/** The class files, by binary name ({@code dev.exashell.imports.CountCommand}, nested ones too), in the order written. */
	static Map<String, byte[]> compile(List<Source> sources, Class<?> ofTheApp) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler == null) {
			throw new AssertionError("no Java compiler: run the tests on a JDK, not a JRE");
		}
		Map<JavaFileObject, Source> units = new LinkedHashMap<>();
		sources.forEach(source -> units.put(new InMemorySource(source), source));
		Map<String, ByteArrayOutputStream> written = new LinkedHashMap<>();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
		JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
			@Override
			public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
					FileObject sibling) {
				return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
					@Override
					public OutputStream openOutputStream() {
						return written.computeIfAbsent(className, name -> new ByteArrayOutputStream());
					}
				};
			}
		};
		List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-classpath",
				location(ofTheApp) + File.pathSeparator + System.getProperty("java.class.path"));
		boolean compiled = compiler.getTask(null, files, diagnostics, options, null, units.keySet()).call();
		if (!compiled) {
			List<String> errors = new ArrayList<>();
			for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
				Source source = units.get(d.getSource());
				String where = source == null ? "" : source.shownIn() + ":" + (source.firstLine() + d.getLineNumber() - 1) + ": ";
				errors.add(where + d.getKind().toString().toLowerCase(Locale.ROOT) + ": " + d.getMessage(Locale.ROOT));
			}
			throw new AssertionError("the code shown does not compile against the app:\n" + String.join("\n", errors));
		}
		Map<String, byte[]> classes = new LinkedHashMap<>();
		written.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
		return classes;
	}

	/** The directory (or jar) the app's classes are loaded from, e.g. {@code target/classes}. */
	static Path location(Class<?> ofTheApp) {
		try {
			return Path.of(ofTheApp.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final class InMemorySource extends SimpleJavaFileObject {

		private final String text;

		InMemorySource(Source source) {
			super(URI.create("mem:///" + source.typeName() + ".java"), Kind.SOURCE);
			this.text = source.text();
		}

		@Override
		public CharSequence getCharContent(boolean ignoreEncodingErrors) {
			return text;
		}
	}
}
