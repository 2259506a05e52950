package kz.qoltanba.portal.procurement.cabinet;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.account.ProcurementAccount;
import kz.qoltanba.portal.procurement.login.ProcurementPaths;
import kz.qoltanba.portal.web.Authz;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Principal;

/**
 * «Регистрационные данные пользователя» with «Редактировать данные» (e-mail and phone only; identity comes from
 * the certificate) and «Подтвердить адрес электронной почты» (U10, R-USR-01/02).
 */
public final class ProfilePages {
    private final ProcurementContext context;

    public ProfilePages(ProcurementContext context) {
        this.context = context;
    }

    public void show(Context ctx) {
        Principal principal = Authz.require(ctx, ProcurementContext.AREA, ProcurementContext.ROLE_USER);
        render(ctx, principal, List.of(), null, null, "");
    }

    public void save(Context ctx) {
        Principal principal = Authz.require(ctx, ProcurementContext.AREA, ProcurementContext.ROLE_USER);
        String email = ctx.formParam("email");
        String phone = ctx.formParam("phone");
        List<String> problems = context.services()
                .db()
                .inTransaction(c -> context.accounts().contactChange().change(c, principal.accountId(), email, phone));
        if (!problems.isEmpty()) {
            ctx.status(400);
            render(ctx, principal, problems, email, phone, "");
            return;
        }
        render(ctx, principal, List.of(), null, null, "procurement.profile.saved");
    }

    public void confirmEmail(Context ctx) {
        Principal principal = Authz.require(ctx, ProcurementContext.AREA, ProcurementContext.ROLE_USER);
        context.services().db().inTransaction(c -> {
            context.accounts().contactChange().resendConfirmation(c, principal.accountId());
            return null;
        });
        render(ctx, principal, List.of(), null, null, "procurement.profile.confirmation_sent");
    }

    private void render(
            Context ctx, Principal principal, List<String> errors, String email, String phone, String notice) {
        ProcurementAccount account = context.services()
                .db()
                .inTransaction(c -> context.accounts().byId(c, principal.accountId()))
                .orElseThrow();
        Map<String, Object> params = new HashMap<>();
        params.put("account", account);
        params.put("email", email == null ? account.email() : email);
        params.put("phone", phone == null ? (account.phone() == null ? "" : account.phone()) : phone);
        params.put(
                "birthDate",
                account.birthDate() == null ? "" : account.birthDate().toString());
        params.put("registeredAt", account.registeredAt().toString().substring(0, 10));
        params.put("confirmed", account.emailConfirmedAt().isPresent());
        params.put("errors", errors);
        params.put("notice", notice);
        params.put("path", ProcurementPaths.PROFILE);
        Pages.render(ctx, "procurement/profile.jte", params);
    }
}
