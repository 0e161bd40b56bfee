package dev.exashell.session;

import dev.exashell.api.ShownUrls;
import dev.exashell.cli.CommandSpec;
import dev.exashell.cli.CommandSpec.ArgumentKind;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.Invocation;
import dev.exashell.cli.Io;
import dev.exashell.cli.IoSource;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.ShellCommand;
import dev.exashell.cli.UsageException;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigFile.Profile;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code profile list|use|remove}: the profiles saved in the config file. A profile is a key and a
 * base URL saved together by {@code login --save}; {@code use} makes one the default for new
 * sessions and switches this one to it, as far as {@code --api-key}, {@code EXA_API_KEY},
 * {@code --base-url} and {@code EXA_BASE_URL}, which are stronger, allow.
 */
final class ProfileCommand implements ShellCommand {

	private static final CommandSpec SPEC = CommandSpec.command("profile", "list, switch or remove saved profiles")
		.arguments("[list | use NAME | remove NAME]", 0, 2)
		.completeArguments(ArgumentKind.words("list", "use", "remove"), ArgumentKind.PROFILE)
		.details("The current profile comes from --profile, else EXA_PROFILE, else the last 'profile use', else 'default'."
				+ " login --save saves a key (and the base URL) for it; logout --forget removes the key.")
		.example("profile")
		.example("profile use staging")
		.example("profile remove old");

	private final Session session;
	private final OriginResolver origins;
	private final IoSource io;

	ProfileCommand(Session session, OriginResolver origins, IoSource io) {
		this.session = session;
		this.origins = origins;
		this.io = io;
	}

	@Override
	public CommandSpec spec() {
		return SPEC;
	}

	@Override
	public int run(Invocation in) {
		String action = in.arg(0).orElse("list");
		if (action.equals("list")) {
			if (in.args().size() > 1) {
				throw new UsageException("profile list takes no name", "usage: " + SPEC.usage());
			}
			return list();
		}
		if (!action.equals("use") && !action.equals("remove")) {
			throw new UsageException("unknown profile action '" + action + "'", "use list, use NAME or remove NAME");
		}
		String name = ConfigFile.checkName(in.arg(1).orElseThrow(() -> new UsageException(
				"profile " + action + " needs a profile name", "profile list shows them")));
		return action.equals("use") ? use(name) : remove(name);
	}

	private int list() {
		Io out = io.io();
		Map<String, Profile> profiles = new TreeMap<>(origins.store().read().sorted());
		session.profile().ifPresent(current -> profiles.putIfAbsent(current, new Profile(null, null)));
		if (profiles.isEmpty()) {
			out.err().println("no saved profiles: login --save saves the key for this session's profile");
			return ExitCodes.OK;
		}
		if (out.tty()) {
			out.out().printf("  %-16s %-11s %s%n", "NAME", "KEY", "BASE URL");
		}
		profiles.forEach((name, profile) -> {
			boolean current = session.profile().filter(name::equals).isPresent();
			String key = profile.apiKey() == null ? "-" : ApiKey.mask(profile.apiKey());
			String base = profile.baseUrl() == null ? LaunchOptions.DEFAULT_BASE_URL : ShownUrls.of(profile.baseUrl());
			if (out.tty()) {
				out.out().printf("%s %-16s %-11s %s%n", current ? "*" : " ", name, key, base);
			}
			else {
				out.out().print(name + "\t" + current + "\t" + key + "\t" + base + "\n");
			}
		});
		if (out.tty()) {
			out.out().flush();
			out.err().println("* this session · config " + origins.store().file());
		}
		return ExitCodes.OK;
	}

	private int use(String name) {
		origins.store().update(config -> {
			if (config.profile(name).isEmpty() && !name.equals(ConfigFile.DEFAULT_PROFILE)) {
				throw new UsageException("there is no saved profile '" + name + "'",
						"save one with: exa-shell --profile " + name + " (then login --save)");
			}
			return config.withActive(name);
		});
		io.io().err().println("profile " + name + " is now the default for new sessions");
		if (session.sandbox()) {
			io.io().err().println("this session stays on the embedded sandbox");
			return ExitCodes.OK;
		}
		Origin next = origins.resolve(name);
		session.switchTo(next);
		String key = next.key() == null ? "no API key (run login)"
				: "key " + next.key().masked() + " from " + next.key().origin(name);
		io.io().err().println("this session now uses " + ShownUrls.of(next.baseUrl()) + " · " + key);
		return ExitCodes.OK;
	}

	private int remove(String name) {
		boolean keyFromIt = !session.sandbox() && session.profile().filter(name::equals).isPresent()
				&& session.apiKey().filter(k -> k.source() == LaunchOptions.KeySource.SAVED).isPresent();
		origins.store().update(config -> {
			if (config.profile(name).isEmpty()) {
				throw new UsageException("there is no saved profile '" + name + "'", "profile list shows them");
			}
			return config.withProfile(name, null).withActive(name.equals(config.active()) ? null : config.activeProfile());
		});
		io.io().err().println("removed profile " + name + " (its saved key and base URL) from " + origins.store().file());
		if (keyFromIt) {
			session.forgetKey();
			io.io().err().println("this session no longer has an API key (it came from that profile)");
		}
		return ExitCodes.OK;
	}
}
