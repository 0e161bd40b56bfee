package dev.exashell.session;

import dev.exashell.api.ShownUrls;
import dev.exashell.cli.CliException;
import dev.exashell.cli.ExitCodes;
import dev.exashell.cli.LaunchOptions;
import dev.exashell.cli.LaunchOptions.KeySource;
import dev.exashell.config.ConfigFile;
import dev.exashell.config.ConfigFile.Profile;
import dev.exashell.config.ConfigStore;
import java.net.URI;

/**
 * Decides a session's base URL and key, strongest source first. Key: {@code --api-key}, then
 * {@code EXA_API_KEY}, then the key saved by {@code login --save} for the profile. Base URL:
 * {@code --base-url}, then {@code EXA_BASE_URL}, then the profile's saved one, then the real API.
 * Profile: the one asked for ({@code profile use}), else {@code --profile}, else
 * {@code EXA_PROFILE}, else the one {@code profile use} saved, else {@code default}.
 */
public final class OriginResolver {

	private final LaunchOptions launch;
	private final ConfigStore store;

	public OriginResolver(LaunchOptions launch, ConfigStore store) {
		this.launch = launch;
		this.store = store;
	}

	/** For the profile chosen at start. Reads the config file, so it may refuse an unsafe one. */
	public Origin resolve() {
		return resolve(null);
	}

	/** For {@code profile}, or the one chosen at start when null. */
	public Origin resolve(String profile) {
		ConfigFile config = store.read();
		String name = ConfigFile.checkName(profile != null ? profile
				: launch.profile() != null ? launch.profile() : config.active());
		Profile saved = config.profile(name).orElse(new Profile(null, null));
		ApiKey key = null;
		if (launch.apiKey() != null) {
			key = new ApiKey(launch.apiKey(), launch.keySource());
		}
		else if (saved.apiKey() != null) {
			key = new ApiKey(saved.apiKey(), KeySource.SAVED);
		}
		URI base;
		if (launch.baseUrl() != null) {
			base = parseBaseUrl(launch.baseUrl());
		}
		else if (saved.baseUrl() != null) {
			base = savedBaseUrl(saved.baseUrl(), name);
		}
		else {
			base = URI.create(LaunchOptions.DEFAULT_BASE_URL);
		}
		return new Origin(base, key, name, key != null ? null : missingKey(config, name));
	}

	private URI savedBaseUrl(String text, String profile) {
		try {
			return parseBaseUrl(text);
		}
		catch (CliException e) {
			throw new CliException(e.exitCode(), "the base URL '" + ShownUrls.of(text) + "' saved for profile '" + profile
					+ "' in " + store.file() + " is not an http(s) URL",
					"set its baseUrl there to one such as " + LaunchOptions.DEFAULT_BASE_URL + ", or remove it");
		}
	}

	/** Why the profile gives no key, naming the file; null for the default profile when nothing is saved. */
	private MissingKey missingKey(ConfigFile config, String profile) {
		if (config.profile(profile).isPresent()) {
			return new MissingKey("profile '" + profile + "' in " + store.file() + " has no saved key",
					"run login --save, or export EXA_API_KEY=<your key>");
		}
		return profile.equals(ConfigFile.DEFAULT_PROFILE) ? null
				: new MissingKey("there is no saved profile '" + profile + "' in " + store.file(),
						"check the name (profile lists the saved ones), or run login --save to save a key for it");
	}

	public ConfigStore store() {
		return store;
	}

	private static URI parseBaseUrl(String text) {
		try {
			URI uri = new URI(text);
			if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
					|| uri.getHost() == null) {
				throw new IllegalArgumentException();
			}
			return uri;
		}
		catch (Exception e) {
			throw new CliException(ExitCodes.USAGE, "the base URL '" + ShownUrls.of(text) + "' is not an http(s) URL",
					"for example --base-url https://api.exa.ai/websets");
		}
	}
}
