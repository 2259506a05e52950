package kz.qoltanba.portal.signing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import kz.qoltanba.signing.validation.CmsVerifier;
import kz.qoltanba.signing.validation.ValidationReport;
import kz.qoltanba.signing.validation.XmlVerifier;

/**
 * Every signature of the portal goes through here. {@link #issue} stores a single-use, expiring request for
 * exactly the bytes the user is to sign, bound to the session, the action and the object's version; {@link
 * #complete} verifies the returned signature (V1–V12) and stores the signed document with its report. Both run
 * inside the caller's transaction, so the caller's state change and the stored document commit together.
 */
public interface SigningPipeline {

    IssuedRequest issue(Connection c, String sessionId, SignedAction action, SignContent content) throws SQLException;

    /** {@link #issue(Connection, String, SignedAction, SignContent)} with its own lifetime (login: 5 minutes). */
    IssuedRequest issue(Connection c, String sessionId, SignedAction action, SignContent content, Duration ttl)
            throws SQLException;

    /** The settings the pipeline verifies with (trust anchors, origin, policies). */
    SigningSettings settings();

    /**
     * @param signed the XML document with its enveloped signature, or the base64 of the CMS
     * @param currentVersion the object's version as the caller reads it now (row locked); it must equal the
     *     version the request was issued for
     * @throws SignatureRejectedException nothing was stored; the request stays usable until it expires
     */
    VerifiedSignature complete(Connection c, UUID requestId, String sessionId, String signed, long currentVersion)
            throws SQLException, SignatureRejectedException;

    /**
     * V1 alone, before any business guard of the caller: the request exists, belongs to {@code sessionId}, is
     * unused and unexpired. Its row stays locked until the transaction ends. A completion calls this first, so a
     * replayed, expired or foreign request is refused as {@code SIGN_REQUEST_INVALID} whatever state the object is
     * in now; {@link #complete} checks it again.
     *
     * @return what the request was issued for (action, object and the object's version then), so that the caller
     *     can answer {@code STATE_CHANGED} (V12) before its own guards when the object has moved on since
     */
    SignedAction requireUsable(Connection c, UUID requestId, String sessionId)
            throws SQLException, SignatureRejectedException;

    /**
     * V12 ahead of the caller's guards: {@code STATE_CHANGED} when the object's {@code currentVersion} differs from
     * the version {@code issued} was bound to.
     */
    static void requireSameVersion(SignedAction issued, long currentVersion) throws SignatureRejectedException {
        if (issued.objectVersion() != currentVersion) {
            throw Rejection.STATE_CHANGED.exception("the request was issued for " + issued.objectType() + " "
                    + issued.objectId() + " version " + issued.objectVersion() + ", it is now at " + currentVersion);
        }
    }

    /** Stored signed documents. */
    SignedDocuments documents();

    /** Verifies a stored document again, now (the report is not stored). */
    ValidationReport reverify(SignedDocument document) throws SignatureRejectedException;

    static SigningPipeline create(SigningSettings settings, Clock clock) {
        return create(settings, clock, CmsVerifier.create(), XmlVerifier.create());
    }

    static SigningPipeline create(SigningSettings settings, Clock clock, CmsVerifier cms, XmlVerifier xml) {
        return new DefaultSigningPipeline(settings, clock, new SignatureVerification(settings, clock, cms, xml));
    }
}
