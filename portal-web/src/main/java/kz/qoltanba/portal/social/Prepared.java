package kz.qoltanba.portal.social;

import java.util.Map;

/**
 * What a signed action will sign, decided by the server after the action's guards passed: the object and
 * version the sign request is bound to, the business payload of the signing envelope and the document type and
 * id the envelope names (spec §6.2 {@code docType}/{@code docId}; when not given, the object type upper-cased and
 * the object id).
 */
public record Prepared(
        String action,
        String objectType,
        String objectId,
        long objectVersion,
        Map<String, Object> payload,
        String docType,
        String docId) {
    public Prepared {
        payload = Map.copyOf(payload);
    }

    public Prepared(
            String action, String objectType, String objectId, long objectVersion, Map<String, Object> payload) {
        this(action, objectType, objectId, objectVersion, payload, null, null);
    }

    /** The same prepared action, naming {@code docType} and {@code docId} in its envelope. */
    public Prepared document(String docType, String docId) {
        return new Prepared(action, objectType, objectId, objectVersion, payload, docType, docId);
    }
}
