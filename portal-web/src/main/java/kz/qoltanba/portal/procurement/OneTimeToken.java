package kz.qoltanba.portal.procurement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random single-use token (256 bits, base64url) and the SHA-256 under which it is stored: the database
 * never holds a token that could be replayed from a copy of it.
 */
public record OneTimeToken(String value) {
    public static OneTimeToken random(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new OneTimeToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The stored form of a token as presented (any text; nothing is assumed about its shape). */
    public static String digestOf(String presented) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(presented.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    public String digest() {
        return digestOf(value);
    }

    @Override
    public String toString() {
        return "OneTimeToken[…]";
    }
}
