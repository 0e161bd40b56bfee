package dev.exashell.api;

import java.net.URI;

/**
 * URLs as exa-shell shows them (status, banner, {@code --debug}, errors): user-info such as
 * {@code admin:hunter2@} is a credential, so it is shown as {@code ****@}.
 */
public final class ShownUrls {

	private static final String MASK = "****";

	private ShownUrls() {
	}

	public static String of(URI uri) {
		String text = uri.toString();
		String userInfo = uri.getRawUserInfo();
		if (userInfo == null) {
			return text;
		}
		int at = text.indexOf(userInfo + "@");
		return at < 0 ? of(text) : text.substring(0, at) + MASK + text.substring(at + userInfo.length());
	}

	/** The same for a URL that may not parse (as typed): anything between {@code //} and the host's {@code @} is masked. */
	public static String of(String text) {
		return text.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", "$1" + MASK + "@");
	}
}
