package dev.exashell.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exashell.api.Entity;
import dev.exashell.api.Import;
import dev.exashell.api.ImportStatus;
import dev.exashell.api.Sleeper;
import dev.exashell.boot.Commands;
import dev.exashell.cli.ErrorReporter;
import dev.exashell.cli.Interrupts;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.LaunchOptionsParser;
import dev.exashell.cli.OutputFormat;
import dev.exashell.testing.CapturedIo;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import dev.exashell.session.ApiAccess;
import dev.exashell.session.ApiKey;
import dev.exashell.session.CommandContext;
import dev.exashell.session.OriginResolver;
import dev.exashell.session.PageState;
import dev.exashell.session.Position;
import dev.exashell.session.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * Tab at the prompt: the real command set, the completer the app registers, lines parsed by the
 * parser Spring Shell gives the line reader, and the candidates JLine would offer.
 */
class CompletionTests {

	@TempDir
	Path dir;

	private Terminal terminal;
	private LineReader reader;
	private ExaCompleter completer;
	private Commands commands;
	private final ExtendedDefaultParser parser = new ExtendedDefaultParser();
	private final java.util.concurrent.atomic.AtomicInteger clientsBuilt = new java.util.concurrent.atomic.AtomicInteger();

	private static Import imp(String id, String status, String title) {
		Instant at = Instant.parse("2026-11-30T11:00:00Z");
		return new Import(id, "import", ImportStatus.of(status), "csv", Entity.of("company"), title, 3, Map.of(), null,
				null, null, at, at);
	}

	@BeforeEach
	void start() throws IOException {
		terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
				OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
		reader = LineReaderBuilder.builder().terminal(terminal).parser(parser).build();
		Session session = new Session(URI.create("http://127.0.0.1:1/websets"), false,
				new ApiKey("key-0123456789", KeySource.ENVIRONMENT));
		session.remember(imp("imp_seen0000000000000001", "completed", "Shown earlier"));
		session.startListing(new PageState(List.of(imp("imp_row1aaaaaaaaaaaaaaa", "processing", "Q3 leads"),
				imp("imp_row2bbbbbbbbbbbbbbb", "failed", "Broken\tfile")), Position.START, null, false, null, 25, Set.of()));
		ConfigStore store = new ConfigStore(dir.resolve("config"));
		store.write(ConfigFile.EMPTY.withProfile("work", new Profile("k-0123456789", null))
			.withProfile("staging", new Profile(null, "https://staging.example/websets")));
		commands = Commands.create(new CommandContext(session, new ApiAccess(session, (base, key) -> {
			clientsBuilt.incrementAndGet();
			return null;
		}), CapturedIo.terminal(80), OutputFormat.AUTO, new ErrorReporter(false),
				new OriginResolver(LaunchOptionsParser.parse(new String[0], Map.of()), store), prompt -> Optional.empty(),
				question -> Optional.empty(), Sleeper.SYSTEM, Interrupts.NONE), List.of());
		CompletionEngine engine = new CompletionEngine(commands.catalog(), session,
				() -> store.read().profiles().keySet());
		Files.writeString(dir.resolve("leads.csv"), "url\n");
		Files.createDirectory(dir.resolve("exports"));
		completer = new ExaCompleter(new CommandRegistry(), engine, new Completers.FileNameCompleter() {
			@Override
			protected Path getUserDir() {
				return dir;
			}
		});
	}

	@AfterEach
	void stop() throws IOException {
		terminal.close();
	}

	/** The candidates for Tab with the cursor at the end of {@code line}, as "value" or "value — description". */
	private List<String> tab(String line) {
		ParsedLine parsed = parser.parse(line, line.length(), ParseContext.COMPLETE);
		List<Candidate> candidates = new ArrayList<>();
		completer.complete(reader, parsed, candidates);
		return candidates.stream()
			.map(c -> c.descr() == null ? c.value() : c.value() + " — " + c.descr())
			.toList();
	}

	private List<String> values(String line) {
		return tab(line).stream().map(c -> c.split(" — ")[0]).toList();
	}

	/** Completion walks no pages, so a server paging in a loop cannot make Tab hang (issue 9, item 3). */
	@Test
	void tabOffersWhatTheSessionSawWithoutAnyRequest() {
		assertThat(values("show ")).contains("1", "2", "imp_seen0000000000000001");
		assertThat(values("watch --status ")).contains("pending", "failed");
		assertThat(values("list --cursor ")).isEmpty();
		assertThat(clientsBuilt).hasValue(0);
	}

	@Test
	void anEmptyLineOffersEveryCommandWithItsSummary() {
		assertThat(tab("")).contains("create — create an import from a CSV file and upload it",
				"delete — delete an import (asks first)", "update — change an import's title or metadata",
				"profile — list, switch or remove saved profiles", "ls — list imports, newest first", "get — show every field of one import");
		assertThat(values("cr")).contains("create");
	}

	@Test
	void optionsAreOfferedAfterAPositionalArgumentToo() {
		assertThat(values("create leads.csv --en")).contains("--entity", "--description", "--title", "--metadata",
				"--identifier", "--wait", "--timeout", "--output", "-o");
		assertThat(values("create leads.csv --metadata a=1 --")).contains("--metadata").doesNotContain("-x");
		assertThat(values("list --limit 5 --")).contains("--status", "--all").doesNotContain("--limit");
		assertThat(tab("list --")).contains("--status — only imports in these statuses: pending, processing, "
				+ "completed, failed, or any other value");
	}

	@Test
	void optionValuesStatusesEntityTypesAndOutputFormats() {
		assertThat(values("list --status ")).containsExactly("pending", "processing", "completed", "failed");
		assertThat(values("filter --status=fa")).containsExactly("--status=pending", "--status=processing",
				"--status=completed", "--status=failed");
		assertThat(values("list --status failed,p")).contains("failed,pending", "failed,processing");
		assertThat(values("create leads.csv --entity ")).containsExactly("company", "person", "article",
				"research_paper", "custom");
		assertThat(values("show 1 -o ")).containsExactly("table", "tsv", "json", "jsonl", "csv");
		assertThat(values("delete 2 --output=j")).contains("--output=json", "--output=jsonl");
	}

	@Test
	void anImportArgumentOffersRowNumbersAndTheIdsSeenWithTitleAndStatus() {
		List<String> expected = List.of("1 — imp_row1aaaaaaaaaaaaaaa · Q3 leads · processing",
				"2 — imp_row2bbbbbbbbbbbbbbb · Broken file · failed",
				"imp_row2bbbbbbbbbbbbbbb — Broken file · failed", "imp_row1aaaaaaaaaaaaaaa — Q3 leads · processing",
				"imp_seen0000000000000001 — Shown earlier · completed");
		assertThat(tab("show ")).containsExactlyElementsOf(expected);
		assertThat(tab("delete imp_")).containsExactlyElementsOf(expected);
		assertThat(tab("watch ")).containsExactlyElementsOf(expected);
		assertThat(tab("watch 1 imp_row2bbbbbbbbbbbbbbb ")).containsExactlyElementsOf(expected);
		assertThat(values("update 2 ")).containsExactly("--title", "--metadata", "--output", "-o");
		assertThat(values("update 2 --title x ")).containsExactly("--metadata", "--output", "-o");
	}

	@Test
	void createAndScriptCompleteFilePaths() {
		assertThat(values("create ")).contains("leads.csv", "exports/");
		assertThat(values("script ")).contains("leads.csv", "exports/");
		assertThat(values("create leads.csv --title ")).isEmpty();
	}

	@Test
	void profileCompletesItsActionsThenTheSavedNames() {
		assertThat(values("profile ")).containsExactly("list", "use", "remove");
		assertThat(values("profile use ")).containsExactly("staging", "work");
	}

	@Test
	void anUnknownCommandOffersNothing() {
		assertThat(tab("bogus ")).isEmpty();
	}
}
