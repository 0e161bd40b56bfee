package dev.exashell.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.exashell.cli.UsageException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code config.json} holds: the profile used when none is named, and each profile's saved
 * key and base URL. Immutable; the {@code with…} methods return changed copies.
 *
 * @param activeProfile set by {@code profile use}; null means {@value #DEFAULT_PROFILE}
 * @param profiles by name, kept sorted so the file is written in a stable order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigFile(String activeProfile, Map<String, Profile> profiles) {

	public static final String DEFAULT_PROFILE = "default";

	public static final ConfigFile EMPTY = new ConfigFile(null, Map.of());

	public ConfigFile {
		profiles = profiles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(profiles));
	}

	/** One profile's settings; either may be null. {@link #toString()} never shows the key. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Profile(String apiKey, String baseUrl) {

		@JsonIgnore
		public boolean isEmpty() {
			return apiKey == null && baseUrl == null;
		}

		@Override
		public String toString() {
			return "Profile[apiKey=" + (apiKey == null ? "none" : "****") + ", baseUrl=" + baseUrl + "]";
		}
	}

	/** A profile name as given by {@code --profile}, {@code EXA_PROFILE} or {@code profile use}, checked. */
	public static String checkName(String name) {
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
			throw new UsageException("'" + name + "' is not a profile name",
					"use letters, digits, '.', '_' and '-' (up to 64), starting with a letter or digit");
		}
		return name;
	}

	/** The profile used when neither {@code --profile} nor {@code EXA_PROFILE} names one. */
	public String active() {
		return activeProfile == null ? DEFAULT_PROFILE : activeProfile;
	}

	public Optional<Profile> profile(String name) {
		return Optional.ofNullable(profiles.get(name));
	}

	/** The profiles sorted by name. */
	public Map<String, Profile> sorted() {
		return new TreeMap<>(profiles);
	}

	/** This file with {@code name} set to {@code profile}; an empty or null profile removes it. */
	public ConfigFile withProfile(String name, Profile profile) {
		Map<String, Profile> changed = new TreeMap<>(profiles);
		if (profile == null || profile.isEmpty()) {
			changed.remove(name);
		}
		else {
			changed.put(name, profile);
		}
		return new ConfigFile(activeProfile, changed);
	}

	/** This file with another active profile; {@value #DEFAULT_PROFILE} is stored as no choice. */
	public ConfigFile withActive(String name) {
		return new ConfigFile(name == null || name.equals(DEFAULT_PROFILE) ? null : name, profiles);
	}
}
