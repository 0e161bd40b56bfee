package dev.exashell.script;

import dev.exashell.cli.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The lines of a {@code .exa} script and the name its errors are reported under. */
public record ScriptSource(String name, List<String> lines) {

	public static ScriptSource open(String path, InputStream stdin) {
		if (path.equals("-")) {
			return new ScriptSource("<stdin>", decode("<stdin>", read(stdin)));
		}
		Path file = Path.of(path);
		if (Files.isDirectory(file)) {
			throw new UsageException("script " + path + " is a directory", "give the path of a .exa file");
		}
		if (!Files.exists(file)) {
			throw new UsageException("script not found: " + path, "check the path; it is relative to " + Path.of("").toAbsolutePath());
		}
		try {
			return new ScriptSource(path, decode(path, Files.readAllBytes(file)));
		}
		catch (IOException e) {
			throw new UsageException("cannot read script " + path + ": " + e.getMessage(), "check its permissions");
		}
	}

	private static byte[] read(InputStream in) {
		try {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UsageException("cannot read the script from standard input: " + e.getMessage(), null);
		}
	}

	private static List<String> decode(String name, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(bytes))
				.toString();
			return text.lines().toList();
		}
		catch (CharacterCodingException e) {
			throw new UsageException("script " + name + " is not UTF-8 text", "save it as UTF-8");
		}
	}
}
