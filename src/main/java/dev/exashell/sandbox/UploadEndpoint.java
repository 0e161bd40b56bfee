package dev.exashell.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * {@code PUT /_upload/{id}?token=...}: the upload URL handed out by create, standing in for a
 * presigned storage URL. No API key; the token is the credential. Wrong or missing token 403,
 * expired URL 403, import gone 404, import no longer pending (e.g. token already used) 409, file
 * over 50,000,000 bytes 413. Success is a bodyless 200; the import turns {@code processing} now.
 */
final class UploadEndpoint {

	static final String PREFIX = "/_upload/";
	static final int MAX_BYTES = (int) ImportRequests.MAX_SIZE;

	private final Sandbox sandbox;

	UploadEndpoint(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	SandboxResponse handle(SandboxRequest request) {
		String raw = request.rawPath().substring(PREFIX.length());
		if (raw.isEmpty() || raw.contains("/")) {
			throw ApiError.notFound("ROUTE_NOT_FOUND", "No route for " + request.method() + " " + request.rawPath());
		}
		if (!request.method().equals("PUT")) {
			throw ApiError.methodNotAllowed(request.method(), request.rawPath(), "PUT");
		}
		String id = UriCodec.decodeSegment(raw);
		StoredImport item = sandbox.store().get(id).orElseThrow(() -> ImportsEndpoints.notFound(id));
		String token = request.query().get("token");
		if (token == null || item.uploadToken() == null || !MessageDigest.isEqual(
				token.getBytes(StandardCharsets.UTF_8), item.uploadToken().getBytes(StandardCharsets.UTF_8))) {
			throw ApiError.forbidden("INVALID_UPLOAD_TOKEN", "The upload token is missing or not valid for import " + id);
		}
		Instant now = sandbox.now();
		if (now.isAfter(item.uploadValidUntil())) {
			throw ApiError.forbidden("UPLOAD_URL_EXPIRED",
					"The upload URL expired at " + SandboxJson.time(item.uploadValidUntil()));
		}
		if (request.bodyTooLarge()) {
			throw ApiError.tooLarge("The file is larger than " + MAX_BYTES + " bytes");
		}
		Outcome outcome = CsvAnalyzer.analyze(request.body(), item.csvIdentifier());
		Instant done = now.plus(sandbox.options().processing());
		boolean[] accepted = { false };
		StoredImport after = sandbox.store().update(id, current -> {
			if (current.processingAt() != null) {
				return current;
			}
			accepted[0] = true;
			return current.uploaded(outcome, now, done);
		}).orElseThrow(() -> ImportsEndpoints.notFound(id));
		if (!accepted[0]) {
			throw ApiError.conflict("IMPORT_NOT_PENDING", "Import " + id + " is " + after.status(now)
					+ ", not pending: the upload token was already used");
		}
		return SandboxResponse.empty(200);
	}
}
