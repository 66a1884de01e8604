package dev.opentill.central.auth;

import dev.opentill.core.security.PinHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets of the form {@code <row id>.<256 random bits>} (terminal credentials, admin keys): the
 * id finds the stored PBKDF2 hash in one indexed read, and a secret verified once is remembered
 * per instance against that hash, so a revoke or re-issue (which changes or clears the hash)
 * takes effect on the next request.
 */
final class IdSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A secret has 256 random bits, so stretching adds little; keep the first check fast. */
    private static final PinHasher HASHER = new PinHasher(10_000);

    private final Map<String, String> verified = new ConcurrentHashMap<>();

    /** A new secret for row {@code id}. */
    static String issue(UUID id) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String secret) {
        return HASHER.hash(secret);
    }

    /** The secret of an {@code Authorization: Bearer} header, or "" when there is none. */
    static String bearer(String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : "";
    }

    /** The row id a secret starts with, or null when it has none. */
    static UUID idOf(String secret) {
        int dot = secret == null ? -1 : secret.indexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            return UUID.fromString(secret.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code secret} matches {@code storedHash}; the PBKDF2 check runs once per secret and hash. */
    boolean matches(String secret, String storedHash) {
        String digest = sha256(secret);
        if (storedHash.equals(verified.get(digest))) {
            return true;
        }
        if (!PinHasher.verify(secret, storedHash)) {
            return false;
        }
        verified.put(digest, storedHash);
        return true;
    }

    /** A hash no secret matches, checked when there is no stored one, so a miss costs what a hit costs. */
    private static final String DECOY = HASHER.hash("no secret matches this");

    /**
     * Spends the time of a full check: for an unknown or revoked id, so response time
     * does not tell whether an id exists.
     */
    static void decoy(String secret) {
        PinHasher.verify(secret == null ? "" : secret, DECOY);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
