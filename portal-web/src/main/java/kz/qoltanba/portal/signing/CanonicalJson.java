package kz.qoltanba.portal.signing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON the way RFC 8785 (JCS) canonicalises it, for the values a signing envelope holds: object keys
 * sorted by UTF-16 code units, no insignificant whitespace, the JCS string escapes, UTF-8. Numbers are
 * integers within ±2^53 (exact in every JSON reader); fractions must be given as strings.
 */
public final class CanonicalJson {
    private static final long MAX_SAFE = (1L << 53) - 1;

    private CanonicalJson() {}

    public static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    public static String text(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, "$");
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, String path) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            integer(out, new BigInteger(value.toString()), path);
        } else if (value instanceof Map<?, ?> map) {
            object(out, map, path);
        } else if (value instanceof Collection<?> list) {
            array(out, list, path);
        } else if (value instanceof Enum<?> e) {
            string(out, e.name());
        } else {
            throw new IllegalArgumentException(
                    path + ": cannot put a " + value.getClass().getSimpleName()
                            + " into a signing envelope (use a string for fractions, dates and other values)");
        }
    }

    private static void integer(StringBuilder out, BigInteger value, String path) {
        if (value.abs().compareTo(BigInteger.valueOf(MAX_SAFE)) > 0) {
            throw new IllegalArgumentException(path + ": the integer " + value + " is beyond ±2^53; use a string");
        }
        out.append(value);
    }

    private static void object(StringBuilder out, Map<?, ?> map, String path) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!(key instanceof String s)) {
                throw new IllegalArgumentException(path + ": object keys must be strings, got " + key);
            }
            keys.add(s);
        }
        keys.sort(null); // String.compareTo orders by UTF-16 code units, as JCS requires
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, keys.get(i));
            out.append(':');
            write(out, map.get(keys.get(i)), path + "." + keys.get(i));
        }
        out.append('}');
    }

    private static void array(StringBuilder out, Collection<?> list, String path) {
        out.append('[');
        int i = 0;
        for (Object item : list) {
            if (i > 0) {
                out.append(',');
            }
            write(out, item, path + "[" + i + "]");
            i++;
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
