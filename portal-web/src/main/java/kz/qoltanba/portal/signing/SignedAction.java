package kz.qoltanba.portal.signing;

import java.util.Locale;
import java.util.Objects;

/**
 * The action a signature authorises: its name (e.g. {@code TSR_APPLICATION_SUBMIT}), the object it acts on
 * and that object's version when the request was issued, and who may sign. {@code docType} and {@code docId}
 * are what a JSON signing envelope names as the signed document (spec §6.2, catalogue names of §6.4 such as
 * {@code TSR_REGISTRY_APPLICATION}); left out (null or blank), they are the object type upper-cased and the
 * object id.
 */
public record SignedAction(
        String name,
        String objectType,
        String objectId,
        long objectVersion,
        SignerRule rule,
        String docType,
        String docId) {
    public SignedAction {
        requireText("name", name);
        requireText("objectType", objectType);
        requireText("objectId", objectId);
        Objects.requireNonNull(rule, "rule");
        docType = docType == null || docType.isBlank() ? objectType.toUpperCase(Locale.ROOT) : docType;
        docId = docId == null || docId.isBlank() ? objectId : docId;
    }

    public SignedAction(String name, String objectType, String objectId, long objectVersion, SignerRule rule) {
        this(name, objectType, objectId, objectVersion, rule, null, null);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
    }
}
