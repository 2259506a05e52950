package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.account.RegistrationForm;
import kz.qoltanba.portal.procurement.account.RegistrationRefusedException;
import kz.qoltanba.portal.signing.IssuedRequest;
import kz.qoltanba.portal.signing.SignContent;
import kz.qoltanba.portal.signing.SignatureRejectedException;
import kz.qoltanba.portal.signing.SignedAction;
import kz.qoltanba.portal.signing.SignedDocument;
import kz.qoltanba.portal.signing.SignerRule;
import kz.qoltanba.portal.signing.SubjectKind;
import kz.qoltanba.portal.signing.VerifiedSignature;
import kz.qoltanba.portal.web.PageException;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Session;
import kz.qoltanba.signing.cert.KeyPurpose;

/**
 * «Регистрация пользователя» (U1–U3): identity from the certificate step, the user agreement signed with a
 * signing key of the same IIN (S-04), then «Подтверждаю данные».
 */
final class RegistrationPages {
    static final String AGREEMENT_ACTION = "procurement.user_agreement";

    private final ProcurementContext context;
    private final LoginSteps steps;
    private final CurrentStep current;
    private final UserAgreement agreement = UserAgreement.load();
    private final SecureRandom random = new SecureRandom();

    RegistrationPages(ProcurementContext context, LoginSteps steps, CurrentStep current) {
        this.context = context;
        this.steps = steps;
        this.current = current;
    }

    void show(Context ctx) {
        Optional<LoginStep> step = current.of(ctx);
        if (step.isEmpty()) {
            ctx.redirect(ProcurementPaths.START);
            return;
        }
        if (current.accountExists(step.get())) {
            ctx.redirect(ProcurementPaths.PASSWORD);
            return;
        }
        render(ctx, step.get(), step.get().holder().email(), null, true, List.of());
    }

    void issueAgreement(Context ctx) {
        LoginStep step = current.of(ctx).orElseThrow(() -> PageException.badRequest("procurement.login.step_missing"));
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String email = step.holder().email() == null ? "" : step.holder().email();
        String xml = agreement.xml(
                step.holder().iin(),
                email,
                Base64.getUrlEncoder().withoutPadding().encodeToString(nonce),
                context.services().clock().instant());
        SignerRule rule =
                new SignerRule(KeyPurpose.SIGN, SubjectKind.ANY, step.holder().iin(), null);
        SignedAction action = new SignedAction(AGREEMENT_ACTION, "procurement_registration", step.sessionId(), 0, rule);
        IssuedRequest issued = context.services()
                .db()
                .inTransaction(c -> context.signing().issue(c, step.sessionId(), action, SignContent.xml(xml)));
        SignAnswers.issued(ctx, issued, rule, context.signing().settings());
    }

    void completeAgreement(Context ctx) {
        JsonBody.Completion completion = JsonBody.completion(ctx);
        String sessionId = Session.of(ctx).id();
        Object outcome = context.services().db().inTransaction(c -> {
            try {
                context.signing().requireUsable(c, completion.requestId(), sessionId);
            } catch (SignatureRejectedException e) {
                return e;
            }
            Optional<LoginStep> step =
                    steps.find(c, sessionId, context.services().clock().instant());
            if (step.isEmpty()) {
                return "procurement.login.step_missing";
            }
            VerifiedSignature verified;
            try {
                verified = context.signing().complete(c, completion.requestId(), sessionId, completion.signed(), 0);
            } catch (SignatureRejectedException e) {
                return e;
            }
            SignedDocument document =
                    context.signing().documents().find(c, verified.documentId()).orElseThrow();
            if (!AGREEMENT_ACTION.equals(document.action())) {
                throw new java.sql.SQLException("a " + document.action() + " signature was sent as the user agreement");
            }
            steps.agreementSigned(c, sessionId, verified.documentId());
            context.journal(null)
                    .record(
                            c,
                            "procurement.agreement.signed",
                            "signed_document",
                            Long.toString(verified.documentId()),
                            "IIN " + verified.signer().iin());
            return Boolean.TRUE;
        });
        if (outcome instanceof SignatureRejectedException e) {
            SignAnswers.rejected(ctx, e);
        } else if (outcome instanceof String key) {
            SignAnswers.refused(ctx, key);
        } else {
            SignAnswers.done(ctx, ProcurementPaths.REGISTER);
        }
    }

    void submit(Context ctx) {
        Optional<LoginStep> found = current.of(ctx);
        if (found.isEmpty()) {
            ctx.redirect(ProcurementPaths.START);
            return;
        }
        LoginStep step = found.get();
        String email = ctx.formParam("email");
        String phone = ctx.formParam("phone");
        boolean resident = ctx.formParam("resident") != null;
        RegistrationForm form = new RegistrationForm(
                step.holder(),
                email,
                phone,
                resident,
                chars(ctx, "password"),
                chars(ctx, "confirmation"),
                step.agreementDocumentId());
        try {
            context.services().db().inTransaction(c -> {
                long id = context.accounts().registration().register(c, form);
                steps.delete(c, step.sessionId());
                return id;
            });
        } catch (RegistrationRefusedException e) {
            ctx.status(400);
            render(ctx, step, form.email(), form.phone(), resident, e.messageKeys());
            return;
        }
        Pages.render(
                ctx,
                "procurement/notice.jte",
                Map.of(
                        "title", "procurement.register.title",
                        "message", "procurement.register.done",
                        "linkText", "procurement.register.login_link",
                        "linkUrl", ProcurementPaths.START));
    }

    private void render(
            Context ctx, LoginStep step, String email, String phone, boolean resident, List<String> errors) {
        Map<String, Object> params = new HashMap<>();
        params.put("holder", step.holder());
        params.put("birthDate", step.holder().birthDate().map(Object::toString).orElse(""));
        params.put("email", email == null ? "" : email);
        params.put("phone", phone == null ? "" : phone);
        params.put("resident", resident);
        params.put("signed", step.agreementDocumentId().isPresent());
        params.put("agreementText", agreement.text());
        params.put("errors", errors);
        Pages.render(ctx, "procurement/register.jte", params);
    }

    private static char[] chars(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? new char[0] : value.toCharArray();
    }
}
