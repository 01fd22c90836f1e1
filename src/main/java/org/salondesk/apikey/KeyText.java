package org.salondesk.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of a key and its stored hash. A key is 32 bytes from {@link SecureRandom}, so a plain SHA-256 of it cannot
 * be reversed by guessing (decision 0028): no slow password hash is needed, and checking a key costs microseconds.
 */
final class KeyText {

    static final String PREFIX = "sd_";
    /** Longer texts are not keys of ours: refused before they are hashed. */
    static final int LONGEST = 200;
    private static final int BYTES = 32;

    private final SecureRandom random;

    KeyText(SecureRandom random) {
        this.random = random;
    }

    /** A new key: sd_ and 43 characters of base64url. */
    String fresh() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hex SHA-256 of the key's text, as stored. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
