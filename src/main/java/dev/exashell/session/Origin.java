package dev.exashell.session;

import java.net.URI;

/**
 * What a session talks to and as whom: the API base URL, the key (null: none) and the profile
 * they were chosen by (null for the embedded sandbox, which needs none).
 *
 * @param missingKey when there is no key and the profile explains it: why; else null
 */
public record Origin(URI baseUrl, ApiKey key, String profile, MissingKey missingKey) {

	public Origin(URI baseUrl, ApiKey key, String profile) {
		this(baseUrl, key, profile, null);
	}

	public Origin withKey(ApiKey key) {
		return new Origin(baseUrl, key, profile, missingKey);
	}
}
