package kz.qoltanba.bundle.nursign.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Java properties syntax (as {@link java.util.Properties#load(java.io.Reader)} does) but keeps every entry
 * with the line where it starts, so that problems can name real line numbers even after continuation lines.
 */
final class PropertiesText {
    /** One {@code key=value} entry, unescaped, in file order. */
    record Entry(String key, String value, int line) {}

    /** The entries, and the lines that could not be read. */
    record Parsed(List<Entry> entries, List<ConfigProblem> problems) {}

    private PropertiesText() {}

    static Parsed parse(String text) {
        List<Entry> entries = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int index = 0;
        while (index < lines.length) {
            int startLine = index + 1;
            String natural = stripLeading(lines[index++]);
            if (natural.isEmpty() || natural.charAt(0) == '#' || natural.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(natural);
            while (endsWithContinuation(logical) && index < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[index++]));
            }
            if (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
            }
            readEntry(logical.toString(), startLine, entries, problems);
        }
        return new Parsed(List.copyOf(entries), List.copyOf(problems));
    }

    private static void readEntry(String logical, int line, List<Entry> entries, List<ConfigProblem> problems) {
        int keyEnd = 0;
        while (keyEnd < logical.length() && !isKeyTerminator(logical.charAt(keyEnd))) {
            keyEnd += logical.charAt(keyEnd) == '\\' ? 2 : 1;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = skipWhitespace(logical, keyEnd);
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart = skipWhitespace(logical, valueStart + 1);
        }
        String rawKey = logical.substring(0, keyEnd);
        try {
            entries.add(new Entry(unescape(rawKey), unescape(logical.substring(valueStart)), line));
        } catch (IllegalArgumentException e) {
            String key = rawKey.replace("\\", "");
            problems.add(new ConfigProblem(key, line, e.getMessage() + "; the line is ignored."));
        }
    }

    /** Resolves {@code \t \n \r \f \\uXXXX}; any other escaped character stands for itself. */
    static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i++);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i == raw.length()) {
                break;
            }
            char escaped = raw.charAt(i++);
            switch (escaped) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append(unicode(raw, i));
                    i += 4;
                }
                default -> out.append(escaped);
            }
        }
        return out.toString();
    }

    private static char unicode(String raw, int start) {
        if (start + 4 > raw.length()) {
            throw new IllegalArgumentException("malformed \\uxxxx escape (fewer than four hex digits)");
        }
        String hex = raw.substring(start, start + 4);
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("malformed \\uxxxx escape \\u" + hex);
            }
        }
        return (char) Integer.parseInt(hex, 16);
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isKeyTerminator(char c) {
        return c == '=' || c == ':' || isWhitespace(c);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int skipWhitespace(String s, int from) {
        int i = from;
        while (i < s.length() && isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripLeading(String s) {
        return s.substring(skipWhitespace(s, 0));
    }
}
