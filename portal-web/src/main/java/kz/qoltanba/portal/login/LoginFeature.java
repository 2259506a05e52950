package kz.qoltanba.portal.login;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.i18n.Texts;
import kz.qoltanba.portal.signing.SignerIdentity;
import kz.qoltanba.portal.signing.VerifiedSignature;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.portal.web.PageException;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Certificate login for the social areas: {@code GET /login/{area}} (the page with «Выберите ЭЦП»), {@code POST
 * /login/{area}/challenge}, {@code POST /login/{area}/complete}; areas {@code supplier}, {@code reviewer},
 * {@code recipient}. The {@link AccountDirectory} the social area registers decides which account a verified
 * holder gets.
 */
public final class LoginFeature implements Feature {
    private static final Logger LOG = LoggerFactory.getLogger(LoginFeature.class);
    private static final List<LoginArea> AREAS = List.of(LoginArea.SUPPLIER, LoginArea.REVIEWER, LoginArea.RECIPIENT);

    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        routes.get("/login/{area}", ctx -> {
            LoginArea area = area(ctx);
            Pages.render(ctx, "signing/login.jte", Map.of("area", area.code()));
        });
        routes.post("/login/{area}/challenge", ctx -> LoginEndpoints.challenge(ctx, services, area(ctx)));
        routes.post("/login/{area}/complete", ctx -> complete(ctx, services, area(ctx)));
    }

    private static void complete(Context ctx, PortalServices services, LoginArea area) {
        Optional<AccountDirectory> directory = services.find(AccountDirectory.class);
        Texts texts = services.messages().texts(Session.of(ctx).lang());
        if (directory.isEmpty()) {
            ctx.json(LoginEndpoints.failure(texts.t("login.unavailable")));
            return;
        }
        Outcome outcome;
        try {
            LoginEndpoints.Answer answer = LoginEndpoints.readAnswer(ctx);
            outcome = services.db().inTransaction(c -> {
                try {
                    VerifiedSignature verified = LoginEndpoints.verify(c, services, ctx, answer, area);
                    SignerIdentity signer = verified.signer();
                    LoginDecision decision = directory.get().decide(c, area, signer);
                    services.audit()
                            .record(
                                    c,
                                    decision.principal(),
                                    decision.allowed() ? "LOGIN" : "LOGIN_REFUSED",
                                    "login",
                                    area.code(),
                                    "certificate " + signer.serial());
                    return new Outcome(decision, verified.documentId(), null);
                } catch (LoginRefusedException e) {
                    return new Outcome(null, 0, e);
                }
            });
        } catch (LoginRefusedException e) {
            outcome = new Outcome(null, 0, e);
        }
        if (outcome.refused() != null) {
            LOG.info("login to {} refused: {}", area.code(), outcome.refused().getMessage());
            ctx.json(LoginEndpoints.refusal(ctx, services, outcome.refused(), area));
        } else if (!outcome.decision().allowed()) {
            ctx.json(LoginEndpoints.failure(texts.t(outcome.decision().refusalKey())));
        } else {
            // The session remembers its own login signature: pages showing "the EDS you logged in with" read it.
            Session.of(ctx).login(outcome.decision().principal(), outcome.loginDocumentId());
            ctx.json(LoginEndpoints.success(outcome.decision().redirect()));
        }
    }

    private record Outcome(LoginDecision decision, long loginDocumentId, LoginRefusedException refused) {}

    private static LoginArea area(Context ctx) {
        String code = ctx.pathParam("area");
        return AREAS.stream()
                .filter(a -> a.code().equals(code))
                .findFirst()
                .orElseThrow(() -> PageException.notFound("error.notFound"));
    }
}
