package kz.qoltanba.portal.procurement.account;

/**
 * Turns passwords into stored hashes and checks them. The stored text carries the algorithm, the iteration
 * count and the salt, so the count can be raised without invalidating existing hashes.
 */
public interface PasswordHasher {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    int DEFAULT_ITERATIONS = 600_000;

    String hash(char[] password);

    boolean matches(char[] password, String storedHash);

    /** PBKDF2WithHmacSHA256 from the JDK, a 16-byte random salt per hash, 256-bit output. */
    static PasswordHasher pbkdf2(int iterations) {
        return new Pbkdf2PasswordHasher(iterations, new java.security.SecureRandom());
    }
}
