package kz.qoltanba.bundle.nursign.config;

import java.util.Objects;

/**
 * Something wrong in {@code nursign.properties}: a bad value (the key keeps its last good value), an unknown or
 * repeated key, or a password stored in the file. Never carries a password.
 *
 * @param key the key as written in the file (an alias stays as written), empty when the problem is the whole file
 * @param line the 1-based line where the key's entry starts, 0 when the problem is not tied to a line
 * @param message what is wrong and what the module does about it
 */
public record ConfigProblem(String key, int line, String message) {
    public ConfigProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** A problem of the file as a whole (cannot be read or created). */
    static ConfigProblem ofFile(String message) {
        return new ConfigProblem("", 0, message);
    }

    /** One sentence naming the line and key, for a dialog or the log. */
    @Override
    public String toString() {
        if (line == 0 && key.isEmpty()) {
            return message;
        }
        String where = line == 0 ? "" : "line " + line + ", ";
        return where + "key " + key + ": " + message;
    }
}
