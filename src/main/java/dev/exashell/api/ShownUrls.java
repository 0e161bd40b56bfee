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

	/** {@code host:port} for messages, with the scheme's default port when the URL gives none. */
	public static String hostPort(URI uri) {
		int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
		return uri.getHost() + ":" + port;
	}

	/** The URL without its query, which may carry cursors no message needs. */
	static URI withoutQuery(URI uri) {
		String text = uri.toString();
		int query = text.indexOf('?');
		return query < 0 ? uri : URI.create(text.substring(0, query));
	}
}
