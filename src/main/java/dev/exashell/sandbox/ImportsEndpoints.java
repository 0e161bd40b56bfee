package dev.exashell.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

/**
 * The five Imports operations under {@code /websets/v0/imports}. Order of checks: API key (401),
 * route (404), method (405), body size (413), then the request; PATCH looks the import up (404)
 * before it validates the body (400).
 */
final class ImportsEndpoints {

	static final String COLLECTION = "/websets/v0/imports";
	static final int DEFAULT_LIMIT = 25;
	static final int MAX_LIMIT = 200;

	private final Sandbox sandbox;

	ImportsEndpoints(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	SandboxResponse handle(SandboxRequest request) {
		return handle(request, false);
	}

	/** @param staleCursor a list answer ignores the cursor: see {@link #staleList} */
	SandboxResponse handle(SandboxRequest request, boolean staleCursor) {
		authenticate(request);
		String path = request.rawPath();
		String method = request.method();
		if (path.equals(COLLECTION)) {
			tooLarge(request);
			return switch (method) {
				case "GET" -> staleCursor ? staleList(request) : list(request);
				case "POST" -> create(request);
				default -> throw ApiError.methodNotAllowed(method, path, "GET, POST");
			};
		}
		if (path.startsWith(COLLECTION + "/") && path.indexOf('/', COLLECTION.length() + 1) < 0
				&& path.length() > COLLECTION.length() + 1) {
			String id = UriCodec.decodeSegment(path.substring(COLLECTION.length() + 1));
			return switch (method) {
				case "GET" -> single(id, sandbox.store().get(id).orElse(null));
				case "PATCH" -> update(request, id);
				case "DELETE" -> single(id, sandbox.store().remove(id).orElse(null));
				default -> throw ApiError.methodNotAllowed(method, path, "GET, PATCH, DELETE");
			};
		}
		throw ApiError.notFound("ROUTE_NOT_FOUND", "No route for " + method + " " + path);
	}

	private void authenticate(SandboxRequest request) {
		String apiKey = request.header("x-api-key");
		String authorization = request.header("Authorization");
		String bearer = null;
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			bearer = authorization.substring(7).strip();
		}
		if (apiKey == null && bearer == null) {
			throw ApiError.unauthorized("MISSING_API_KEY",
					"Missing API key: send it in the x-api-key header (or as Authorization: Bearer <key>)");
		}
		if (!matches(apiKey) && !matches(bearer)) {
			throw ApiError.unauthorized("INVALID_API_KEY", "Invalid API key: the x-api-key header is invalid");
		}
	}

	private boolean matches(String candidate) {
		return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
				sandbox.options().apiKey().getBytes(StandardCharsets.UTF_8));
	}

	private static void tooLarge(SandboxRequest request) {
		if (request.bodyTooLarge()) {
			throw ApiError.tooLarge("Request body is larger than " + RequestLog.MAX_BODY + " bytes");
		}
	}

	private SandboxResponse list(SandboxRequest request) {
		int limit = limit(request.query().get("limit"));
		ImportStore.Key after = null;
		String cursor = request.query().get("cursor");
		if (cursor != null) {
			if (cursor.isEmpty()) {
				throw ApiError.invalid("INVALID_CURSOR", "cursor must not be empty; leave it out for the first page");
			}
			after = sandbox.cursors().decode(cursor).orElseThrow(() -> ApiError.invalid("INVALID_CURSOR",
					"cursor is invalid: pass back a nextCursor this server returned, unchanged"));
		}
		Instant now = sandbox.now();
		List<StoredImport> items = sandbox.store().page(after, limit + 1);
		String nextCursor = null;
		if (items.size() > limit) {
			items = items.subList(0, limit);
			nextCursor = sandbox.cursors().encode(ImportStore.Key.of(items.get(limit - 1)));
		}
		return SandboxResponse.json(200, SandboxJson.pageNode(items, now, nextCursor));
	}

	/**
	 * The stale-cursor fault: whatever the cursor, the first page, with {@code hasMore: true} and as
	 * {@code nextCursor} the position after that page's last import (the same cursor every time).
	 */
	private SandboxResponse staleList(SandboxRequest request) {
		int limit = limit(request.query().get("limit"));
		List<StoredImport> items = sandbox.store().page(null, limit);
		ImportStore.Key after = items.isEmpty() ? new ImportStore.Key(0, "imp_") : ImportStore.Key.of(items.get(items.size() - 1));
		return SandboxResponse.json(200, SandboxJson.pageNode(items, sandbox.now(), sandbox.cursors().encode(after)));
	}

	static int limit(String raw) {
		if (raw == null) {
			return DEFAULT_LIMIT;
		}
		if (raw.isEmpty() || raw.length() > 9 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw ApiError.invalid("INVALID_LIMIT",
					"limit must be a whole number from 1 to " + MAX_LIMIT + ", got '" + raw + "'");
		}
		int limit = Integer.parseInt(raw);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiError.invalid("INVALID_LIMIT", "limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
		}
		return limit;
	}

	private SandboxResponse create(SandboxRequest request) {
		ImportRequests.Create create = ImportRequests.create(request.body());
		Instant now = sandbox.now();
		String id = sandbox.newImportId();
		String token = sandbox.newUploadToken();
		StoredImport item = new StoredImport(id, "csv", create.entity(), create.title(), create.metadata(), now,
				create.count(), null, null, null, null, token, now.plus(Sandbox.UPLOAD_VALIDITY), create.csvIdentifier());
		sandbox.store().add(item);
		String uploadUrl = sandbox.origin() + UploadEndpoint.PREFIX + id + "?token=" + token;
		return SandboxResponse.json(201, SandboxJson.createdNode(item, now, uploadUrl));
	}

	private SandboxResponse update(SandboxRequest request, String id) {
		tooLarge(request);
		if (sandbox.store().get(id).isEmpty()) {
			throw notFound(id);
		}
		ImportRequests.Update update = ImportRequests.update(request.body());
		Instant now = sandbox.now();
		StoredImport changed = sandbox.store().update(id, item -> update.title() == null && update.metadata() == null
				? item
				: item.edited(update.title() == null ? item.title() : update.title(),
						update.metadata() == null ? item.metadata() : update.metadata(), now))
			.orElseThrow(() -> notFound(id));
		return SandboxResponse.json(200, SandboxJson.importNode(changed, now));
	}

	private SandboxResponse single(String id, StoredImport item) {
		if (item == null) {
			throw notFound(id);
		}
		return SandboxResponse.json(200, SandboxJson.importNode(item, sandbox.now()));
	}

	static ApiError notFound(String id) {
		return ApiError.notFound("IMPORT_NOT_FOUND", "Import not found: " + id);
	}
}
