package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.util.Optional;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.web.Session;

/** The certificate step of this request's session, if it has a fresh one. */
final class CurrentStep {
    private final ProcurementContext context;
    private final LoginSteps steps;

    CurrentStep(ProcurementContext context, LoginSteps steps) {
        this.context = context;
        this.steps = steps;
    }

    Optional<LoginStep> of(Context ctx) {
        String sessionId = Session.of(ctx).id();
        return context.services()
                .db()
                .inTransaction(
                        c -> steps.find(c, sessionId, context.services().clock().instant()));
    }

    boolean accountExists(LoginStep step) {
        return context.services()
                .db()
                .inTransaction(c -> context.accounts().byIin(c, step.holder().iin()))
                .isPresent();
    }
}
