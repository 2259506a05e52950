package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.util.Optional;
import kz.qoltanba.portal.login.LoginArea;
import kz.qoltanba.portal.login.LoginEndpoints;
import kz.qoltanba.portal.login.LoginRefusedException;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.account.CertificateHolder;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.web.Session;
import kz.qoltanba.signing.cert.CertificateInfo;

/**
 * L5 items 4–7 (S-03): the portal's login challenge for the PROCUREMENT area (any holder's AUTH key, single
 * use, origin-bound, verified through the signing pipeline); the certificate's IIN then decides between the
 * password step and the registration form (R-AUTH-07). No session is opened until the password.
 */
final class CertificateStep {
    private final ProcurementContext context;
    private final LoginSteps steps;

    CertificateStep(ProcurementContext context, LoginSteps steps) {
        this.context = context;
        this.steps = steps;
    }

    void issue(Context ctx) {
        LoginEndpoints.challenge(ctx, context.services(), LoginArea.PROCUREMENT);
    }

    void complete(Context ctx) {
        String sessionId = Session.of(ctx).id();
        LoginEndpoints.Answer answer;
        try {
            answer = LoginEndpoints.readAnswer(ctx);
        } catch (LoginRefusedException e) {
            ctx.json(LoginEndpoints.refusal(ctx, context.services(), e, LoginArea.PROCUREMENT));
            return;
        }
        Object outcome = context.services().db().inTransaction(c -> {
            SignerIdentity signer;
            try {
                signer = LoginEndpoints.verify(c, context.services(), ctx, answer, LoginArea.PROCUREMENT)
                        .signer();
            } catch (LoginRefusedException e) {
                return e;
            }
            if (signer.iin() == null) {
                return "procurement.login.no_iin";
            }
            Optional<CertificateInfo> info = VerifiedSignerCertificate.of(c, context.services(), answer.requestId());
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
                            "certificate " + signer.serial());
            boolean known = context.accounts().byIin(c, signer.iin()).isPresent();
            return known ? ProcurementPaths.PASSWORD : ProcurementPaths.REGISTER;
        });
        if (outcome instanceof LoginRefusedException e) {
            ctx.json(LoginEndpoints.refusal(ctx, context.services(), e, LoginArea.PROCUREMENT));
        } else if (outcome instanceof String path && path.startsWith("/")) {
            SignAnswers.done(ctx, path);
        } else {
            SignAnswers.refused(ctx, (String) outcome);
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

    private static String firstName(String commonName, String surname) {
        if (commonName == null) {
            return null;
        }
        String rest = surname != null && commonName.startsWith(surname) ? commonName.substring(surname.length()) : "";
        return rest.isBlank() ? null : rest.strip();
    }
}
