package dev.exashell.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyset cursors: {@code base64url("v1|" + createdAtMillis + "|" + id) + "." + base64url(tag)}
 * where tag is the first 16 bytes of HMAC-SHA256 under a key private to one server instance. A
 * cursor names a position in list order, not an item, so it stays valid after that item is gone.
 * Anything tampered with, truncated, or minted by another instance fails {@link #decode}.
 */
final class CursorCodec {

	private static final String ALGORITHM = "HmacSHA256";
	private static final int TAG_BYTES = 16;
	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKeySpec key;
	private final ThreadLocal<Mac> macs;

	CursorCodec(byte[] secret) {
		this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	String encode(ImportStore.Key position) {
		byte[] payload = ("v1|" + position.createdAtMillis() + "|" + position.id()).getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(payload));
	}

	Optional<ImportStore.Key> decode(String cursor) {
		if (cursor == null || cursor.length() > 512) {
			return Optional.empty();
		}
		int dot = cursor.indexOf('.');
		if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
			return Optional.empty();
		}
		try {
			byte[] payload = DECODER.decode(cursor.substring(0, dot));
			byte[] tag = DECODER.decode(cursor.substring(dot + 1));
			if (!MessageDigest.isEqual(tag, tag(payload))) {
				return Optional.empty();
			}
			String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
			if (parts.length != 3 || !parts[0].equals("v1") || parts[2].isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new ImportStore.Key(Long.parseLong(parts[1]), parts[2]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] tag(byte[] payload) {
		return Arrays.copyOf(macs.get().doFinal(payload), TAG_BYTES);
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}
}
