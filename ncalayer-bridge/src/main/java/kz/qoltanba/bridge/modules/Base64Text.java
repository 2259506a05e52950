package kz.qoltanba.bridge.modules;

import java.util.Base64;
import java.util.Optional;

/** Strict base64 (line breaks and spaces allowed, any other character refused). */
public final class Base64Text {
    private Base64Text() {}

    public static Optional<byte[]> decode(String text) {
        try {
            return Optional.of(Base64.getDecoder().decode(withoutWhitespace(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The text without the characters a regular expression's {@code \s} matches (space, tab, line feed, vertical
     * tab, form feed, carriage return); the text itself when it has none, which is how pages send base64.
     */
    static String withoutWhitespace(String text) {
        int first = 0;
        while (first < text.length() && !whitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!whitespace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
