package kz.qoltanba.portal.social;

import java.util.Map;

/**
 * What a signed action will sign, decided by the server after the action's guards passed: the object and
 * version the sign request is bound to and the business payload of the signing envelope.
 */
public record Prepared(
        String action, String objectType, String objectId, long objectVersion, Map<String, Object> payload) {
    public Prepared {
        payload = Map.copyOf(payload);
    }
}
