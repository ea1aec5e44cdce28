package dev.integrations.apikey.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Digests and new values of API keys. Keys are long random strings, so a plain SHA-256 digest
 * protects them as well as a slow password hash would, at a cost every request can afford.
 */
public final class KeyDigest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyDigest() {}

    public static byte[] of(String key) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** A new key: 48 random bytes, as 64 URL-safe characters. */
    public static String newKey() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
