package kz.qoltanba.bridge.signing;

import java.util.Objects;
import kz.qoltanba.signing.token.StorageType;

/**
 * What a password (or PIN) is asked for.
 *
 * @param storage the storage being opened
 * @param target what is opened, for the dialog: a key file's name or a token's description
 * @param attempt 1 for the first question, 2 after one wrong password, …
 * @param maxAttempts after this many wrong answers the request fails with a wrong-password error
 */
public record PasswordPrompt(StorageType storage, String target, int attempt, int maxAttempts) {
    public PasswordPrompt {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(target, "target");
        if (attempt < 1 || attempt > maxAttempts) {
            throw new IllegalArgumentException("attempt " + attempt + " outside 1.." + maxAttempts);
        }
    }

    /** Whether the previous answer was a wrong password: show "wrong password, try again". */
    public boolean retry() {
        return attempt > 1;
    }
}
