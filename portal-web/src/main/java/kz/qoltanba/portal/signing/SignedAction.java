package kz.qoltanba.portal.signing;

import java.util.Objects;

/**
 * The action a signature authorises: its name (e.g. {@code TSR_APPLICATION_SUBMIT}), the object it acts on
 * and that object's version when the request was issued, and who may sign.
 */
public record SignedAction(String name, String objectType, String objectId, long objectVersion, SignerRule rule) {
    public SignedAction {
        requireText("name", name);
        requireText("objectType", objectType);
        requireText("objectId", objectId);
        Objects.requireNonNull(rule, "rule");
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
