package dev.exashell.api;

/**
 * HTTP 404 Not Found. Knows the URL that was tried (user-info masked, without the query; null for
 * the upload URL, which the API gave), whether that was the imports collection itself and whether
 * the body had the API's error shape: a 404 for the collection, or one in another shape, means the
 * base URL points somewhere that is not the Imports API ({@link #wrongBaseUrl()}).
 */
public class NotFoundException extends ApiException {

	private final String triedUrl;
	private final boolean collection;
	private final boolean apiShaped;

	public NotFoundException(int status, String serverMessage, String code, String type, String requestId) {
		this(status, serverMessage, code, type, requestId, null, false, true);
	}

	public NotFoundException(int status, String serverMessage, String code, String type, String requestId,
			String triedUrl, boolean collection, boolean apiShaped) {
		super(status, serverMessage, code, type, requestId);
		this.triedUrl = triedUrl;
		this.collection = collection;
		this.apiShaped = apiShaped;
	}

	/** The URL asked for, as it may be shown; null when not a request to the base URL. */
	public String triedUrl() {
		return triedUrl;
	}

	/** Whether this 404 says the base URL is wrong rather than that an import does not exist. */
	public boolean wrongBaseUrl() {
		return triedUrl != null && (collection || !apiShaped);
	}
}
