package kz.qoltanba.portal.procurement.cabinet;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.account.ProcurementAccount;
import kz.qoltanba.portal.procurement.login.ProcurementPaths;
import kz.qoltanba.portal.web.Authz;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Principal;
import kz.qoltanba.portal.web.Session;

/**
 * «Кабинет»: before activation only the notice (R-AUTH-12); with a temporary password only the change form;
 * otherwise the cabinet menu. After a successful change the user logs in again with the new password.
 */
public final class CabinetPages {
    private final ProcurementContext context;

    public CabinetPages(ProcurementContext context) {
        this.context = context;
    }

    public void cabinet(Context ctx) {
        Principal principal = Authz.require(ctx, ProcurementContext.AREA);
        if (principal.hasRole(ProcurementContext.ROLE_MUST_CHANGE_PASSWORD)) {
            ctx.redirect(ProcurementPaths.CHANGE_PASSWORD);
            return;
        }
        boolean unconfirmed = principal.hasRole(ProcurementContext.ROLE_EMAIL_UNCONFIRMED);
        Pages.render(ctx, "procurement/cabinet.jte", Map.of("unconfirmed", unconfirmed));
    }

    public void showPasswordChange(Context ctx) {
        Authz.require(
                ctx,
                ProcurementContext.AREA,
                ProcurementContext.ROLE_USER,
                ProcurementContext.ROLE_MUST_CHANGE_PASSWORD);
        renderChange(ctx, List.of());
    }

    public void changePassword(Context ctx) {
        Principal principal = Authz.require(
                ctx,
                ProcurementContext.AREA,
                ProcurementContext.ROLE_USER,
                ProcurementContext.ROLE_MUST_CHANGE_PASSWORD);
        List<String> problems = context.services()
                .db()
                .inTransaction(c -> context.accounts()
                        .passwordChange()
                        .change(
                                c,
                                principal.accountId(),
                                chars(ctx, "current"),
                                chars(ctx, "password"),
                                chars(ctx, "repeat")));
        if (!problems.isEmpty()) {
            ctx.status(400);
            renderChange(ctx, problems);
            return;
        }
        if (principal.hasRole(ProcurementContext.ROLE_MUST_CHANGE_PASSWORD)) {
            boolean administrator = context.services()
                    .db()
                    .inTransaction(c -> context.accounts().byId(c, principal.accountId()))
                    .map(ProcurementAccount::administrator)
                    .orElse(false);
            Set<String> roles = administrator
                    ? Set.of(ProcurementContext.ROLE_USER, ProcurementContext.ROLE_ADMIN)
                    : Set.of(ProcurementContext.ROLE_USER);
            Session.of(ctx)
                    .login(new Principal(
                            principal.area(),
                            principal.accountId(),
                            roles,
                            principal.displayName(),
                            principal.iin(),
                            principal.bin()));
        }
        Pages.render(
                ctx,
                "procurement/notice.jte",
                Map.of(
                        "title", "procurement.password_change.title",
                        "message", "procurement.password_change.done",
                        "linkText", "procurement.cabinet.title",
                        "linkUrl", ProcurementPaths.CABINET));
    }

    private static void renderChange(Context ctx, List<String> errors) {
        Map<String, Object> params = new HashMap<>();
        params.put("errors", errors);
        Pages.render(ctx, "procurement/password-change.jte", params);
    }

    private static char[] chars(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? new char[0] : value.toCharArray();
    }
}
