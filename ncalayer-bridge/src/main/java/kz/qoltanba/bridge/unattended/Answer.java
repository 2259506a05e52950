package kz.qoltanba.bridge.unattended;

import java.nio.file.Path;

/** One queued answer of the control endpoint. */
sealed interface Answer {
    /** Sign with this key file (a name from the configured keys). */
    record UseKey(String name) implements Answer {}

    /** Cancel the next conversation (key choice or file choice). */
    record Cancel() implements Answer {}

    /** Give a wrong password for the next key choice (the request ends with a wrong-password error). */
    record WrongPassword() implements Answer {}

    /** Choose this file at the next file choice. */
    record ChooseFile(Path file) implements Answer {}

    default boolean answersKeyChoice() {
        return !(this instanceof ChooseFile);
    }

    default boolean answersFileChoice() {
        return this instanceof ChooseFile || this instanceof Cancel;
    }
}
