package org.hybridplanner.app.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets (share links, API tokens): 256 bits from a secure random source, URL-safe, and the SHA-256 hash
 * that is all the database keeps. A fast hash is enough because the secrets are random, not chosen by people.
 */
public final class SecretTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    public static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lower-case hex SHA-256 of the secret, as stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** True when the text could be a secret with this prefix; anything else is refused before a database lookup. */
    public static boolean looksValid(String token, String prefix) {
        return token != null && token.length() == prefix.length() + 43 && token.startsWith(prefix)
                && token.substring(prefix.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                        || c == '-' || c == '_');
    }
}
