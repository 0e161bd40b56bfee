package dev.exashell.session;

import java.net.URI;

/**
 * What a session talks to and as whom: the API base URL, the key (null: none) and the profile
 * they were chosen by (null for the embedded sandbox, which needs none).
 */
public record Origin(URI baseUrl, ApiKey key, String profile) {

	public Origin withKey(ApiKey key) {
		return new Origin(baseUrl, key, profile);
	}
}
