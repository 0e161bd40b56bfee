package dev.exashell.session;

import dev.exashell.cli.CliException;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import java.util.function.Consumer;

/**
 * {@code login}: asks for an API key at a masked prompt (never echoed, never in history), checks
 * it with one cheap call and keeps it for the session.
 */
public final class LoginCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("login", "set the API key for this session (masked prompt)")
		.details("The key is checked with one list call of size 1 before it is kept. It is never echoed or written to history.")
		.example("login");

	private final Session session;
	private final SecretPrompt prompt;
	private final Consumer<String> keyCheck;
	private final IoSource io;

	/** @param keyCheck makes one cheap API call with the given key; throws if the API refuses it */
	public LoginCommand(Session session, SecretPrompt prompt, Consumer<String> keyCheck, IoSource io) {
		this.session = session;
		this.prompt = prompt;
		this.keyCheck = keyCheck;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		String key = prompt.ask("API key: ").orElseThrow(() -> new UsageException(
				"login needs a terminal to ask for the key", "set EXA_API_KEY instead"))
			.strip();
		if (key.isEmpty()) {
			throw new UsageException("no key entered", "paste your key from the Exa dashboard at the prompt");
		}
		if (key.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
			throw new CliException(ExitCodes.USAGE, "that key has spaces or unusual characters", "paste the key alone");
		}
		keyCheck.accept(key);
		session.useKey(new ApiKey(key, KeySource.LOGIN));
		io.io().err().println("logged in: key " + ApiKey.mask(key) + " kept for this session");
		return ExitCodes.OK;
	}
}
