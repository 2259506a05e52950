package kz.qoltanba.portal.signing;

import java.util.Map;
import java.util.Objects;

/**
 * What the user signs: an XML document (logins, agreements; signed as enveloped XMLDSig) or a payload that
 * the pipeline wraps in the canonical JSON envelope and has signed as an attached CMS (documents).
 */
public sealed interface SignContent {

    static SignContent xml(String xml) {
        return new Xml(xml);
    }

    /** The payload of the envelope; values: strings, integers, booleans, null, lists and maps of those. */
    static SignContent json(Map<String, Object> payload) {
        return new Json(payload);
    }

    /** An XML document signed as a whole. */
    record Xml(String xml) implements SignContent {
        public Xml {
            if (xml == null || xml.isBlank()) {
                throw new IllegalArgumentException("xml: the document to sign is empty");
            }
        }
    }

    /** The business payload placed in the envelope. */
    record Json(Map<String, Object> payload) implements SignContent {
        public Json {
            Objects.requireNonNull(payload, "payload");
        }
    }
}
