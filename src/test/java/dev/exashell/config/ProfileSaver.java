package dev.exashell.config;

import dev.exashell.config.ConfigFile.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One exa-shell saving profiles, as a separate process for {@link ConcurrentSavesTests}: says
 * {@code ready}, waits for a line on standard input (so every process starts saving at the same
 * moment), then adds
 * the profiles {@code prefix-0} to {@code prefix-(count-1)} to the config in {@code dir}, one
 * read-modify-write each, through {@link ConfigStore#update}.
 */
public final class ProfileSaver {

	private ProfileSaver() {
	}

	/** @param args {@code dir prefix count} */
	public static void main(String[] args) throws IOException {
		ConfigStore store = new ConfigStore(Path.of(args[0]));
		int count = Integer.parseInt(args[2]);
		System.out.println("ready");
		System.out.flush();
		new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		for (int i = 0; i < count; i++) {
			String name = args[1] + "-" + i;
			store.update(config -> config.withProfile(name, new Profile("key-" + name, null)));
		}
	}
}
