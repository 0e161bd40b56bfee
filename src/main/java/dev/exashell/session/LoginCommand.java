package dev.exashell.session;

import dev.exashell.cli.CliException;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.util.function.Consumer;

/**
 * {@code login}: asks for an API key at a masked prompt (never echoed, never in history), checks
 * it with one cheap call and keeps it for the session; {@code --save} also keeps it, with the
 * session's base URL, for the session's profile in the config file.
 */
final class LoginCommand implements ShellCommand {

	private static final OptionKey<Boolean> SAVE = OptionKey.flag("save");

	private static final CommandSpec SPEC = CommandSpec.command("login", "set the API key for this session (masked prompt)")
		.flag(SAVE, "also save the key (and base URL) for this profile, in a file only you can read")
		.details("The key is checked with one list call of size 1 before it is kept. It is never echoed or written to history."
				+ " A saved key is used by later sessions of the same profile unless --api-key or EXA_API_KEY is set.")
		.example("login")
		.example("login --save");

	private final Session session;
	private final SecretPrompt prompt;
	private final Consumer<String> keyCheck;
	private final IoSource io;
	private final ConfigStore store;

	/** @param keyCheck makes one cheap API call with the given key; throws if the API refuses it */
	LoginCommand(Session session, SecretPrompt prompt, Consumer<String> keyCheck, IoSource io, ConfigStore store) {
		this.session = session;
		this.prompt = prompt;
		this.keyCheck = keyCheck;
		this.io = io;
		this.store = store;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		boolean save = invocation.has(SAVE);
		if (save && session.profile().isEmpty()) {
			throw new UsageException("the embedded sandbox needs no key, so there is nothing to save",
					"start without --sandbox (with --profile NAME to choose a profile) to save a key");
		}
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
		if (!save) {
			io.io().err().println("logged in: key " + ApiKey.mask(key) + " kept for this session");
			return ExitCodes.OK;
		}
		String profile = session.profile().orElseThrow();
		String base = session.baseUrl().toString();
		store.update(config -> config.withProfile(profile,
				new Profile(key, base.equals(LaunchOptions.DEFAULT_BASE_URL) ? null : base)));
		io.io().err().println("logged in: key " + ApiKey.mask(key) + " kept for this session and saved for profile "
				+ profile + " in " + store.file());
		return ExitCodes.OK;
	}
}
