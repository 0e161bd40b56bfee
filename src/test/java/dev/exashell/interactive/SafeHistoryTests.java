package dev.exashell.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import dev.exashell.cli.CommandCatalog;
import dev.exashell.cli.RecordingCommand;
import dev.exashell.testing.CapturedIo;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History lines that must never be kept, and the history file's modes, as the prompt's line reader uses them. */
class SafeHistoryTests {

	private static final String KEY = "exa-live-9c1e57d0b2aa";

	@TempDir
	Path home;

	private final AtomicReference<String> sessionKey = new AtomicReference<>(KEY);
	private Terminal terminal;
	private LineReader reader;
	private SafeHistory history;
	private Path file;

	@BeforeEach
	void attach() throws IOException {
		terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
				OutputStream.nullOutputStream(), StandardCharsets.UTF_8);
		history = new SafeHistory(() -> List.of(sessionKey.get(), "short"),
				new CommandCatalog(List.of(new RecordingCommand("list", CapturedIo.piped())))::startsWithSecretLikeWord);
		reader = LineReaderBuilder.builder().terminal(terminal).history(history).build();
		file = home.resolve("exa-shell").resolve("history");
		reader.setVariable(LineReader.HISTORY_FILE, file);
		reader.setVariable(LineReader.HISTORY_IGNORE, InteractiveConfiguration.HISTORY_IGNORE);
		history.attach(reader);
	}

	@AfterEach
	void close() throws IOException {
		terminal.close();
	}

	private List<String> kept() {
		List<String> lines = new ArrayList<>();
		for (History.Entry entry : history) {
			lines.add(entry.line());
		}
		return lines;
	}

	/** The file's lines without JLine's {@code millis:} timestamps. */
	private List<String> fileLines() throws IOException {
		return Files.readAllLines(file).stream().map(line -> line.replaceFirst("^\\d+:", "")).toList();
	}

	@Test
	void loginLinesApiKeyLinesAndLinesWithTheKeyAreNeverKeptInMemoryOrInTheFile() throws IOException {
		List<String> typed = List.of("list --limit 5", "login", "login --save", "  login", "show " + KEY,
				"update 1 --title 'key " + KEY + "'", "exa-shell --api-key abc", "short words are fine", "status");

		typed.forEach(line -> history.add(Instant.now(), line));
		history.save();

		List<String> expected = List.of("list --limit 5", "short words are fine", "status");
		assertThat(kept()).isEqualTo(expected);
		assertThat(fileLines()).isEqualTo(expected);
		assertThat(Files.readString(file)).doesNotContain(KEY, "login");
	}

	@Test
	void aLineStartingWithALongWordThatIsNoCommandIsNeverKeptAKeyNobodyToldUsAbout() throws IOException {
		List<String> typed = List.of("sk-pasted-0123456789abcdef", "  sk-pasted-0123456789abcdef  ",
				"sk-pasted-0123456789abcdef list", "nineteen-characters", "list imp_0123456789abcdefghijkl");

		typed.forEach(line -> history.add(Instant.now(), line));
		history.save();

		List<String> expected = List.of("nineteen-characters", "list imp_0123456789abcdefghijkl");
		assertThat(kept()).isEqualTo(expected);
		assertThat(fileLines()).isEqualTo(expected);
	}

	@Test
	void theCurrentKeyIsAskedForAtEachLineSoAKeyFromLoginIsCoveredToo() throws IOException {
		sessionKey.set("typed-at-login-0000");
		history.add(Instant.now(), "show typed-at-login-0000");
		history.add(Instant.now(), "show " + KEY);

		assertThat(kept()).containsExactly("show " + KEY);
	}

	@Test
	void theHistoryFileIs0600InA0700DirectoryEvenUnderAWideUmask() throws IOException {
		Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

		history.add(Instant.now(), "list");
		history.save();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
		assertThat(fileLines()).containsExactly("list");
	}

	@Test
	void aNewHistoryFileIsCreatedPrivate() throws IOException {
		history.add(Instant.now(), "list");
		history.save();

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}
}
