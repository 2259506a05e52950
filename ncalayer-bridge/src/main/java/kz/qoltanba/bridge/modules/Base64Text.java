package kz.qoltanba.bridge.modules;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/** Strict base64 (line breaks and spaces allowed, any other character refused). */
public final class Base64Text {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Base64Text() {}

    public static Optional<byte[]> decode(String text) {
        try {
            return Optional.of(
                    Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll("")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
