package kz.qoltanba.bundle.nursign.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The {@code Basic} credentials header (RFC 7617, UTF-8). The {@code password} array passed in and every
 * intermediate array are wiped; the header string itself cannot be.
 */
final class BasicCredentials {
    private BasicCredentials() {}

    static String header(String nullableLogin, char[] password) {
        String login = nullableLogin == null ? "" : nullableLogin;
        char[] pair = new char[login.length() + 1 + password.length];
        login.getChars(0, login.length(), pair, 0);
        pair[login.length()] = ':';
        System.arraycopy(password, 0, pair, login.length() + 1, password.length);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pair));
        byte[] raw = new byte[encoded.remaining()];
        encoded.get(raw);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(raw);
        } finally {
            Arrays.fill(pair, '\0');
            Arrays.fill(password, '\0');
            Arrays.fill(raw, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
