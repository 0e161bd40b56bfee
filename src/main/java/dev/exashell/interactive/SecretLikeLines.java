package dev.exashell.interactive;

import java.util.function.Predicate;
import org.jline.reader.MaskingCallback;

/**
 * How the prompt shows and keeps a line that looks like a pasted key (a long first word that names
 * no command): shown as {@code *}s, one per character, as it is typed and once it is accepted, and
 * never added to history. Other lines are shown and kept as typed.
 */
final class SecretLikeLines implements MaskingCallback {

	private final Predicate<String> secretLike;

	SecretLikeLines(Predicate<String> secretLike) {
		this.secretLike = secretLike;
	}

	@Override
	public String display(String line) {
		return secretLike.test(line) ? line.replaceAll("\\S", "*") : line;
	}

	@Override
	public String history(String line) {
		return secretLike.test(line) ? null : line;
	}
}
