package kz.qoltanba.portal.social;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.UUID;
import kz.qoltanba.portal.signing.CanonicalJson;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignContent;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignedAction;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SigningPipeline;

/**
 * Connects the social area's signed transitions to the signing pipeline: {@link #issue} turns a
 * {@link Prepared} into a sign request for the legal-entity key of the acting organisation (or the person's own
 * key), {@link #completion} checks the request first and later verifies the returned signature and then checks that the stored envelope carries
 * exactly the action, object and payload the transition is about to apply (so a request issued for other
 * products, reasons or files cannot complete this one).
 */
public final class PipelineSignatures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SigningPipeline pipeline;

    public PipelineSignatures(SigningPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The signer rule of a social-area actor: suppliers and reviewers sign for their organisation. */
    public static SignerRule ruleFor(Actor actor) {
        return actor.role() == Actor.Role.RECIPIENT
                ? SignerRule.individualSignature(actor.iin())
                : SignerRule.legalSignature(actor.bin(), actor.iin());
    }

    public IssuedRequest issue(Connection c, String sessionId, Actor signer, Prepared prepared) throws SQLException {
        SignedAction action = new SignedAction(
                prepared.action(),
                prepared.objectType(),
                prepared.objectId(),
                prepared.objectVersion(),
                ruleFor(signer),
                prepared.docType(),
                prepared.docId());
        return pipeline.issue(c, sessionId, action, SignContent.json(prepared.payload()));
    }

    /**
     * The completion of request {@code requestId} with the browser's {@code signed} CMS (base64). The request itself
     * (V1) is checked here, before the transition's own guards run, so a replayed, expired or foreign request is
     * refused as {@code SIGN_REQUEST_INVALID} even when the object has moved on since; then V12: a usable request
     * whose object changed after it was issued (another version now) is refused as {@code STATE_CHANGED}, also
     * before the guards (which would otherwise describe the new state instead).
     *
     * @throws SignatureRefused the request cannot be used
     */
    public SignatureCompletion completion(Connection c, UUID requestId, String sessionId, String signed)
            throws SQLException {
        try {
            SignedAction issued = pipeline.requireUsable(c, requestId, sessionId);
            OptionalLong now = ObjectVersions.current(c, issued.objectType(), issued.objectId());
            if (now.isPresent()) {
                SigningPipeline.requireSameVersion(issued, now.getAsLong());
            }
        } catch (SignatureRejectedException e) {
            throw SignatureRefused.of(e);
        }
        return expected -> {
            try {
                var verified = pipeline.complete(c, requestId, sessionId, signed, expected.objectVersion());
                SignedDocument document = pipeline.documents()
                        .find(c, verified.documentId())
                        .orElseThrow(() -> new IllegalStateException("stored document " + verified.documentId()));
                String docId = requireSameContent(document, expected);
                return new SignedBy(
                        verified.documentId(),
                        verified.signer().iin(),
                        verified.signer().bin(),
                        verified.signer().name(),
                        docId);
            } catch (SignatureRejectedException e) {
                throw SignatureRefused.of(e);
            }
        };
    }

    /** @return the signed document's {@code docId} */
    private static String requireSameContent(SignedDocument document, Prepared expected) {
        String signedPayload;
        try {
            var envelope = JSON.readTree(document.content());
            signedPayload = envelope.path("payloadSha256").asText();
        } catch (IOException e) {
            throw new IllegalStateException("stored document " + document.id() + " is not a JSON envelope", e);
        }
        boolean same = expected.action().equals(document.action())
                && expected.objectType().equals(document.objectType())
                && expected.objectId().equals(document.objectId())
                && Sha256.hex(CanonicalJson.bytes(expected.payload())).equals(signedPayload);
        if (!same) {
            throw new SignatureRefused(
                    "SIG_CONTENT_MISMATCH",
                    "Подписанные данные не совпадают с действием, которое вы выполняете. Обновите страницу.");
        }
        return document.docId();
    }
}
