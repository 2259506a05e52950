package kz.qoltanba.portal.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import kz.qoltanba.signing.SigningException;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.xml.SafeXml;

/** The pipeline over the {@code sign_request} and {@code signed_document} tables. */
final class DefaultSigningPipeline implements SigningPipeline {
    static final String ENVELOPE_SCHEMA = "portal-web/sign-envelope/1";

    private final SigningSettings settings;
    private final Clock clock;
    private final SignatureVerification verification;
    private final SignRequestStore requests = new SignRequestStore();
    private final SignedDocuments documents = new SignedDocuments();

    DefaultSigningPipeline(SigningSettings settings, Clock clock, SignatureVerification verification) {
        this.settings = settings;
        this.clock = clock;
        this.verification = verification;
    }

    @Override
    public IssuedRequest issue(Connection c, String sessionId, SignedAction action, SignContent content)
            throws SQLException {
        return issue(c, sessionId, action, content, settings.requestTtl());
    }

    @Override
    public IssuedRequest issue(Connection c, String sessionId, SignedAction action, SignContent content, Duration ttl)
            throws SQLException {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl: must be positive, got " + ttl);
        }
        if (sessionId == null || sessionId.isBlank()) {
            throw new IllegalArgumentException("sessionId: a sign request needs the session it belongs to");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        String format;
        byte[] bytes;
        String data;
        if (content instanceof SignContent.Xml xml) {
            format = "xml";
            data = xml.xml();
            bytes = data.getBytes(StandardCharsets.UTF_8);
            requireSafeXml(bytes);
        } else {
            format = "cms";
            bytes = CanonicalJson.bytes(envelope(id, action, ((SignContent.Json) content).payload(), now));
            data = Base64.getEncoder().encodeToString(bytes);
        }
        requests.insert(c, new StoredRequest(id, sessionId, action, format, bytes, now, expires, null));
        return new IssuedRequest(id, format, data, expires);
    }

    private Map<String, Object> envelope(UUID id, SignedAction action, Map<String, Object> payload, Instant now) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("schema", ENVELOPE_SCHEMA);
        envelope.put("requestId", id.toString());
        envelope.put("nonce", nonce());
        envelope.put("action", action.name());
        envelope.put("docType", action.docType());
        envelope.put("docId", action.docId());
        envelope.put("objectType", action.objectType());
        envelope.put("objectId", action.objectId());
        envelope.put("objectVersion", action.objectVersion());
        envelope.put("origin", settings.origin());
        envelope.put("issuedAt", now.toString());
        Map<String, Object> signer = new LinkedHashMap<>();
        signer.put("iin", action.rule().iin());
        signer.put("bin", action.rule().bin());
        envelope.put("signer", signer);
        envelope.put("payload", payload);
        envelope.put("payloadSha256", sha256Hex(CanonicalJson.bytes(payload)));
        envelope.put("attachments", attachments(payload));
        return envelope;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /** 32 random bytes, base64url without padding (spec §6.2 {@code nonce}). */
    private static String nonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The files the payload binds (spec §6.2 {@code attachments}): every value anywhere in the payload (nested
     * objects and lists included) that describes a stored file by {@code name}, {@code size} and {@code sha256}
     * (a decision's protocol, a hand-over's scan, a product's images or a certificate's file in a submission),
     * keys taken in sorted order as the canonical JSON has them. Its role is the nearest key above it in upper case: {@code protocol} → {@code PROTOCOL},
     * an entry of {@code images} → {@code IMAGES}, {@code quality[0].file} → {@code FILE}. The file bytes are not
     * re-signed.
     */
    static List<Map<String, Object>> attachments(Map<String, Object> payload) {
        List<Map<String, Object>> attachments = new ArrayList<>();
        collect(null, payload, attachments);
        return attachments;
    }

    private static void collect(String key, Object value, List<Map<String, Object>> attachments) {
        if (value instanceof Map<?, ?> map) {
            if (key != null
                    && map.get("name") instanceof String name
                    && map.get("size") instanceof Number size
                    && map.get("sha256") instanceof String sha256) {
                Map<String, Object> attachment = new LinkedHashMap<>();
                attachment.put("role", key.toUpperCase(Locale.ROOT));
                attachment.put("name", name);
                attachment.put("size", size.longValue());
                attachment.put("sha256", sha256);
                attachments.add(attachment);
                return;
            }
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            sorted.forEach((k, v) -> collect(k, v, attachments));
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                collect(key, item, attachments);
            }
        }
    }

    @Override
    public VerifiedSignature complete(
            Connection c, UUID requestId, String sessionId, String signed, long currentVersion)
            throws SQLException, SignatureRejectedException {
        Instant now = clock.instant();
        StoredRequest request = usableRequest(c, requestId, sessionId, now);
        if (signed == null || signed.isBlank()) {
            throw Rejection.SIG_INVALID.exception("no signature was sent");
        }
        byte[] signedBytes =
                "cms".equals(request.format()) ? CmsContent.decode(signed) : signed.getBytes(StandardCharsets.UTF_8);
        Verified verified = verification.verify(
                request.format(),
                request.content(),
                signedBytes,
                request.action().rule());
        if (request.action().objectVersion() != currentVersion) {
            throw Rejection.STATE_CHANGED.exception("the request was issued for version "
                    + request.action().objectVersion() + ", the object is now at " + currentVersion);
        }
        long documentId = documents.insert(
                c, requestId, request.action(), request.format(), signedBytes, request.content(), verified, now);
        requests.markUsed(c, requestId, now);
        return new VerifiedSignature(documentId, verified.identity());
    }

    @Override
    public SignedAction requireUsable(Connection c, UUID requestId, String sessionId)
            throws SQLException, SignatureRejectedException {
        return usableRequest(c, requestId, sessionId, clock.instant()).action();
    }

    /** V1: the request exists, is unused, belongs to this session and has not expired (checked in that order). */
    private StoredRequest usableRequest(Connection c, UUID requestId, String sessionId, Instant now)
            throws SQLException, SignatureRejectedException {
        if (requestId == null) {
            throw Rejection.SIGN_REQUEST_INVALID.exception(
                    "no request id", SignatureRejectedException.RequestProblem.UNKNOWN);
        }
        Optional<StoredRequest> found = requests.lock(c, requestId);
        if (found.isEmpty()) {
            throw Rejection.SIGN_REQUEST_INVALID.exception(
                    "no sign request " + requestId, SignatureRejectedException.RequestProblem.UNKNOWN);
        }
        StoredRequest request = found.get();
        if (request.usedAt() != null) {
            throw Rejection.SIGN_REQUEST_INVALID.exception(
                    "request " + requestId + " was already used at " + request.usedAt(),
                    SignatureRejectedException.RequestProblem.USED);
        }
        if (!request.sessionId().equals(sessionId)) {
            throw Rejection.SIGN_REQUEST_INVALID.exception(
                    "request " + requestId + " belongs to another session",
                    SignatureRejectedException.RequestProblem.OTHER_SESSION);
        }
        if (now.isAfter(request.expiresAt())) {
            throw Rejection.SIGN_REQUEST_INVALID.exception(
                    "request " + requestId + " expired at " + request.expiresAt(),
                    SignatureRejectedException.RequestProblem.EXPIRED);
        }
        return request;
    }

    @Override
    public SigningSettings settings() {
        return settings;
    }

    @Override
    public SignedDocuments documents() {
        return documents;
    }

    @Override
    public ValidationReport reverify(SignedDocument document) throws SignatureRejectedException {
        return verification.report(document.format(), document.signedBytes(), Optional.empty());
    }

    /** What is issued must be XML that verification will accept: no DOCTYPE, well formed. */
    private static void requireSafeXml(byte[] xml) {
        try {
            SafeXml.parse(xml);
        } catch (SigningException e) {
            throw new IllegalArgumentException("xml: the document to sign is not usable: " + e.getMessage(), e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
