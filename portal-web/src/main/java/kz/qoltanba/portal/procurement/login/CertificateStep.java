package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.account.CertificateHolder;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignContent;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignedAction;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SubjectKind;
import kz.qoltanba.portal.signing.VerifiedSignature;
import kz.qoltanba.portal.web.Session;
import kz.qoltanba.signing.cert.CertificateInfo;
import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * L5 items 4–7 (S-03): the page has the user's AUTH key sign a one-time XML challenge bound to the portal's
 * origin; the pipeline verifies it (V1–V11, AUTH purpose); the certificate's IIN then decides between the
 * password step and the registration form (R-AUTH-07).
 */
final class CertificateStep {
    static final String ACTION = "procurement.login";

    private final ProcurementContext context;
    private final LoginSteps steps;
    private final SecureRandom random = new SecureRandom();

    CertificateStep(ProcurementContext context, LoginSteps steps) {
        this.context = context;
        this.steps = steps;
    }

    void issue(Context ctx) {
        String sessionId = Session.of(ctx).id();
        String xml = challenge(context.services().clock().instant());
        SignedAction action = new SignedAction(
                ACTION,
                "procurement_login",
                sessionId,
                0,
                new SignerRule(KeyPurpose.AUTH, SubjectKind.ANY, null, null));
        IssuedRequest issued = context.services()
                .db()
                .inTransaction(c -> context.signing().issue(c, sessionId, action, SignContent.xml(xml)));
        SignAnswers.issued(ctx, issued);
    }

    void complete(Context ctx) {
        JsonBody.Completion completion = JsonBody.completion(ctx);
        String sessionId = Session.of(ctx).id();
        Outcome outcome = context.services().db().inTransaction(c -> {
            VerifiedSignature verified;
            try {
                verified = context.signing().complete(c, completion.requestId(), sessionId, completion.signed(), 0);
            } catch (SignatureRejectedException e) {
                return new Outcome(null, e, null);
            }
            SignedDocument document =
                    context.signing().documents().find(c, verified.documentId()).orElseThrow();
            if (!ACTION.equals(document.action())) {
                return new Outcome(null, null, "procurement.error.bad_request");
            }
            SignerIdentity signer = verified.signer();
            if (signer.iin() == null) {
                return new Outcome(null, null, "procurement.login.no_iin");
            }
            Optional<CertificateInfo> info = SignedXmlCertificate.of(document.signedBytes(), signer.serial());
            CertificateHolder holder = new CertificateHolder(
                    signer.iin(),
                    signer.name(),
                    info.map(CertificateInfo::surname).orElse(null),
                    info.map(i -> firstName(i.commonName(), i.surname())).orElse(null),
                    info.map(CertificateInfo::givenName).orElse(null),
                    signer.bin(),
                    signer.organization(),
                    info.map(CertificateInfo::email).orElse(null),
                    signer.serial());
            steps.save(c, sessionId, holder, context.services().clock().instant());
            context.journal(null)
                    .record(
                            c,
                            "procurement.login.certificate_accepted",
                            "procurement_login",
                            signer.iin(),
                            "document " + verified.documentId());
            boolean known = context.accounts().byIin(c, signer.iin()).isPresent();
            return new Outcome(known ? ProcurementPaths.PASSWORD : ProcurementPaths.REGISTER, null, null);
        });
        if (outcome.rejected() != null) {
            SignAnswers.rejected(ctx, outcome.rejected());
        } else if (outcome.refusalKey() != null) {
            SignAnswers.refused(ctx, outcome.refusalKey());
        } else {
            SignAnswers.done(ctx, outcome.redirect());
        }
    }

    /** «Выбрать другой сертификат» (R-AUTH-19): forget the certificate step and start again. */
    void chooseAnother(Context ctx) {
        String sessionId = Session.of(ctx).id();
        context.services().db().inTransaction(c -> {
            steps.delete(c, sessionId);
            return null;
        });
        ctx.redirect(ProcurementPaths.START);
    }

    private String challenge(Instant now) {
        byte[] nonce = new byte[32];
        random.nextBytes(nonce);
        return "<portalLogin xmlns=\"urn:portal-web:auth:1\"><nonce>"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce) + "</nonce><origin>"
                + XmlText.escape(context.services().config().origin().toString()) + "</origin><area>PROCUREMENT</area>"
                + "<issuedAt>" + now + "</issuedAt></portalLogin>";
    }

    private static String firstName(String commonName, String surname) {
        if (commonName == null) {
            return null;
        }
        String rest = surname != null && commonName.startsWith(surname) ? commonName.substring(surname.length()) : "";
        return rest.isBlank() ? null : rest.strip();
    }

    private record Outcome(String redirect, SignatureRejectedException rejected, String refusalKey) {}
}
