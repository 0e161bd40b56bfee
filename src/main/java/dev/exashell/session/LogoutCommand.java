package dev.exashell.session;

import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.OptionKey;
import dev.exashell.cli.ShellCommand;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.io.PrintWriter;
import java.util.Optional;

/** {@code logout}: forget the session's API key; {@code --forget} also removes the profile's saved key. */
final class LogoutCommand implements ShellCommand {

	private static final OptionKey<Boolean> FORGET = OptionKey.flag("forget");

	private static final CommandSpec SPEC = CommandSpec.command("logout", "forget the API key for this session")
		.flag(FORGET, "also remove the key saved for this profile from the config file")
		.details("Without --forget a key saved by login --save stays saved, and the next session uses it again.")
		.example("logout")
		.example("logout --forget");

	private final Session session;
	private final IoSource io;
	private final ConfigStore store;

	LogoutCommand(Session session, IoSource io, ConfigStore store) {
		this.session = session;
		this.io = io;
		this.store = store;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation invocation) {
		PrintWriter err = io.io().err();
		boolean had = session.apiKey().isPresent();
		session.forgetKey();
		err.println(had ? "logged out: the session has no API key now" : "there was no API key to forget");
		Optional<String> profile = session.profile();
		if (profile.isEmpty()) {
			return ExitCodes.OK;
		}
		Optional<Profile> saved = store.read().profile(profile.get()).filter(p -> p.apiKey() != null);
		if (saved.isEmpty()) {
			if (invocation.has(FORGET)) {
				err.println("no key was saved for profile " + profile.get());
			}
			return ExitCodes.OK;
		}
		if (!invocation.has(FORGET)) {
			err.println("the key saved for profile " + profile.get() + " stays saved; logout --forget removes it");
			return ExitCodes.OK;
		}
		store.update(config -> config.withProfile(profile.get(),
				config.profile(profile.get()).map(p -> new Profile(null, p.baseUrl())).orElse(null)));
		err.println("removed the key saved for profile " + profile.get() + " from " + store.file());
		return ExitCodes.OK;
	}
}
