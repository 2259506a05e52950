package kz.qoltanba.portal.procurement.login;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Session;

/** The routes of the login, registration and mailed-link pages. */
public final class LoginRoutes {
    private final ProcurementContext context;
    private final LoginSteps steps = new LoginSteps();

    public LoginRoutes(ProcurementContext context) {
        this.context = context;
    }

    public void register(RoutesConfig routes) {
        CurrentStep current = new CurrentStep(context, steps);
        CertificateStep certificate = new CertificateStep(context, steps);
        RegistrationPages registration = new RegistrationPages(context, steps, current);
        PasswordPages password = new PasswordPages(context, steps, current);
        MailLinkPages links = new MailLinkPages(context);

        routes.get(ProcurementPaths.START, this::start);
        routes.post(ProcurementPaths.CHALLENGE, certificate::issue);
        routes.post(ProcurementPaths.CERTIFICATE, certificate::complete);
        routes.post(ProcurementPaths.OTHER_CERTIFICATE, certificate::chooseAnother);
        routes.get(ProcurementPaths.REGISTER, registration::show);
        routes.post(ProcurementPaths.REGISTER, registration::submit);
        routes.post(ProcurementPaths.AGREEMENT_ISSUE, registration::issueAgreement);
        routes.post(ProcurementPaths.AGREEMENT_COMPLETE, registration::completeAgreement);
        routes.get(ProcurementPaths.PASSWORD, password::show);
        routes.post(ProcurementPaths.PASSWORD, password::submit);
        routes.post(ProcurementPaths.FORGOT, password::forgot);
        routes.get(ProcurementPaths.ACTIVATE, links::activate);
        routes.get(ProcurementPaths.RECOVER, links::recover);
    }

    private void start(Context ctx) {
        if (Session.of(ctx)
                .principal()
                .filter(p -> ProcurementContext.AREA.equals(p.area()))
                .isPresent()) {
            ctx.redirect(ProcurementPaths.CABINET);
            return;
        }
        Pages.render(ctx, "procurement/start.jte", Map.of());
    }
}
