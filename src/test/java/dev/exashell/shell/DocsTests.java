package dev.exashell.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.InvocationBinder;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.shell.TestShell.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README and docs/ say only what is true of the repository: every relative link and
 * {@code #anchor} resolves, every {@code exa-shell …} command and prompt line shown is one the real
 * parsers accept (global options, command, options and arguments), the README is a front page with the commands CI runs on its first
 * screen and lists every command, and the read-only examples run against the sandbox with exit 0.
 */
class DocsTests {

	/** Commands the prompt adds to the catalog the tests build (they need a terminal). */
	private static final Set<String> PROMPT_ONLY = Set.of("history", "clear");

	/** Commands whose examples only read, so they can run against the shared sandbox. */
	private static final Set<String> READ_ONLY = Set.of("list", "ls", "next", "prev", "filter", "show", "help",
			"status", "version");

	@RegisterExtension
	static final SharedSandbox SHARED = new SharedSandbox();

	@Test
	void everyRelativeLinkAndAnchorResolves() {
		SoftAssertions softly = new SoftAssertions();
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			for (String link : doc.links()) {
				if (link.matches("^(https?|mailto):.*")) {
					continue;
				}
				int hash = link.indexOf('#');
				String file = hash < 0 ? link : link.substring(0, hash);
				Path target = file.isEmpty() ? doc.path() : doc.path().getParent().resolve(file).normalize();
				softly.assertThat(target).as(doc.name() + ": " + link).exists();
				if (hash >= 0 && Files.isRegularFile(target) && target.toString().endsWith(".md")) {
					softly.assertThat(MarkdownDocs.read(target).anchors()).as(doc.name() + ": " + link)
						.contains(link.substring(hash + 1));
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void everyExaShellCommandShownIsOneTheParsersAccept() {
		CommandCatalog catalog = catalog();
		SoftAssertions softly = new SoftAssertions();
		List<String> checked = new ArrayList<>();
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			List<String> shown = new ArrayList<>(doc.codeLines());
			shown.addAll(doc.inlineCode());
			for (String line : shown) {
				for (List<String> words : ShellLines.exaShellInvocations(line)) {
					softly.assertThatCode(() -> checkInvocation(catalog, words)).as(doc.name() + ": " + line)
						.doesNotThrowAnyException();
					checked.add(line);
				}
			}
		}
		softly.assertAll();
		assertThat(checked).hasSizeGreaterThan(40).contains("scripts/exa-shell --sandbox",
				"exa-shell completion bash > ~/.local/share/bash-completion/completions/exa-shell");
	}

	@Test
	void everyPromptLineAndScriptLineShownIsOneTheParsersAccept() {
		CommandCatalog catalog = catalog();
		SoftAssertions softly = new SoftAssertions();
		List<String> checked = new ArrayList<>();
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			// the worked example's session runs its own command, not in this catalog: WorkedExampleTests runs it
			MarkdownDocs shown = doc.name().equals(WorkedExample.DOC) ? doc.without(WorkedExample.HEADING) : doc;
			List<String> lines = new ArrayList<>(ShellLines.promptLines(shown, catalog));
			doc.scriptBlocks().forEach(block -> lines.addAll(block.stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList()));
			for (String line : lines) {
				softly.assertThatCode(() -> checkCommand(catalog, ShellLines.words(line))).as(doc.name() + ": " + line)
					.doesNotThrowAnyException();
				checked.add(line);
			}
		}
		softly.assertAll();
		assertThat(checked).contains("exa> list --limit 3", "filter --status failed", "delete 3",
				"create labs.csv --entity custom --description 'research labs in Ohio' --wait --timeout 10m");
	}

	@Test
	void theReadmeIsAFrontPageWithTheCommandsCiRunsOnItsFirstScreen() throws Exception {
		List<String> readme = MarkdownDocs.read(MarkdownDocs.ROOT.resolve("README.md")).lines();
		List<String> ci = Files.readAllLines(MarkdownDocs.ROOT.resolve(".ci/run"));
		String ciCommand = ci.get(ci.size() - 1);
		List<String> firstScreen = readme.subList(0, 24);

		assertThat(readme).hasSizeLessThanOrEqualTo(200);
		assertThat(ciCommand).startsWith("scripts/install-test-tools && ./mvnw");
		assertThat(firstScreen).contains("    scripts/exa-shell --sandbox", "    " + ciCommand);
		assertThat(firstScreen).anyMatch(line -> line.startsWith("    scripts/install "));
	}

	@Test
	void theCommandTablesListEveryCommandAndNoOther() {
		CommandCatalog catalog = catalog();
		Set<String> known = new TreeSet<>(PROMPT_ONLY);
		Set<String> names = new TreeSet<>(PROMPT_ONLY);
		for (ShellCommand command : catalog.commands()) {
			names.add(command.spec().name());
			known.add(command.spec().name());
			known.addAll(command.spec().aliases());
		}
		MarkdownDocs readme = MarkdownDocs.read(MarkdownDocs.ROOT.resolve("README.md"));
		MarkdownDocs usage = MarkdownDocs.read(MarkdownDocs.ROOT.resolve("docs/usage.md"));
		for (Set<String> listed : List.of(ShellLines.tableCommands(readme, "Commands at a glance"),
				ShellLines.tableCommands(usage, "Commands"))) {
			assertThat(listed).containsAll(names);
			assertThat(known).containsAll(listed);
		}
	}

	@Test
	void theReadOnlyCommandsShownRunAgainstTheSandboxWithExit0() {
		SoftAssertions softly = new SoftAssertions();
		MarkdownDocs readme = MarkdownDocs.read(MarkdownDocs.ROOT.resolve("README.md"));
		TestShell prompt = TestShell.terminal(SHARED.server());
		List<String> ran = new ArrayList<>();
		for (String line : ShellLines.promptLines(readme, catalog())) {
			if (line.startsWith("exa> ") && READ_ONLY.contains(ShellLines.words(line).get(0))) {
				Result result = prompt.run(line.substring("exa> ".length()));
				softly.assertThat(result.code()).as(line + " -> " + result.err()).isZero();
				ran.add(line);
			}
		}
		for (MarkdownDocs doc : MarkdownDocs.all()) {
			for (String line : doc.codeLines()) {
				for (List<String> words : ShellLines.exaShellInvocations(line)) {
					LaunchOptions launch = parsedOrNull(words);
					if (launch != null && launch.sandbox() && launch.mode() == LaunchOptions.Mode.ONE_SHOT && !line.contains(">")
							&& READ_ONLY.contains(launch.command().get(0))) {
						Result result = TestShell.of(SHARED.server(), launch.output(), false).runWords(
								launch.command().toArray(String[]::new));
						softly.assertThat(result.code()).as(doc.name() + ": " + line + " -> " + result.err()).isZero();
						ran.add(line);
					}
				}
			}
		}
		softly.assertAll();
		assertThat(ran).contains("exa> list --limit 3", "exa> show 2", "$ exa-shell --sandbox -o tsv list --limit 5");
	}

	/** The launch options, or null for words the parser refuses (another test reports them). */
	private static LaunchOptions parsedOrNull(List<String> words) {
		try {
			return LaunchOptionsParser.parse(words.toArray(String[]::new), Map.of());
		}
		catch (UsageException e) {
			return null;
		}
	}

	private static void checkInvocation(CommandCatalog catalog, List<String> words) {
		LaunchOptions launch = LaunchOptionsParser.parse(words.toArray(String[]::new), Map.of());
		if (launch.mode() == LaunchOptions.Mode.ONE_SHOT) {
			checkCommand(catalog, launch.command());
		}
	}

	private static void checkCommand(CommandCatalog catalog, List<String> words) {
		ShellCommand command = catalog.find(words.get(0))
			.orElseThrow(() -> new AssertionError("no command '" + words.get(0) + "'"));
		InvocationBinder.bind(command.spec(), words.subList(1, words.size()));
	}

	private static CommandCatalog catalog() {
		return TestShell.terminal(SHARED.server()).commands().catalog();
	}
}
