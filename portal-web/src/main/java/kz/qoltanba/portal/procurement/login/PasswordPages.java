package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.account.LoginResult;
import kz.qoltanba.portal.procurement.account.ProcurementAccount;
import kz.qoltanba.portal.web.Pages;
import kz.qoltanba.portal.web.Principal;
import kz.qoltanba.portal.web.Session;

/**
 * «Подтверждение входа в систему» (L5 items 8–11): the password after the certificate, the lockout, «Забыли
 * пароль?».
 */
final class PasswordPages {
    private final ProcurementContext context;
    private final LoginSteps steps;
    private final CurrentStep current;

    PasswordPages(ProcurementContext context, LoginSteps steps, CurrentStep current) {
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
        render(ctx, step.get(), null, null);
    }

    void submit(Context ctx) {
        Optional<LoginStep> found = current.of(ctx);
        if (found.isEmpty()) {
            ctx.redirect(ProcurementPaths.START);
            return;
        }
        LoginStep step = found.get();
        String password = ctx.formParam("password");
        char[] chars = password == null ? new char[0] : password.toCharArray();
        LoginResult result = context.services()
                .db()
                .inTransaction(
                        c -> context.accounts().login().attempt(c, step.holder().iin(), chars));
        if (result instanceof LoginResult.Success s) {
            logIn(ctx, step, s);
        } else if (result instanceof LoginResult.Locked l) {
            ctx.status(423);
            render(
                    ctx,
                    step,
                    l.justLocked() ? "procurement.login.locked_now" : "procurement.login.locked",
                    minutes(l.remaining()));
        } else if (result instanceof LoginResult.WrongPassword) {
            ctx.status(401);
            render(ctx, step, "procurement.password.wrong", null);
        } else {
            ctx.redirect(ProcurementPaths.REGISTER);
        }
    }

    void forgot(Context ctx) {
        Optional<LoginStep> step = current.of(ctx);
        if (step.isEmpty()) {
            ctx.redirect(ProcurementPaths.START);
            return;
        }
        context.services()
                .db()
                .inTransaction(c -> context.accounts()
                        .recovery()
                        .requestLink(c, step.get().holder().iin()));
        Pages.render(
                ctx,
                "procurement/notice.jte",
                Map.of(
                        "title", "procurement.recovery.title",
                        "message", "procurement.recovery.link_sent",
                        "linkText", "procurement.login.title",
                        "linkUrl", ProcurementPaths.PASSWORD));
    }

    private void logIn(Context ctx, LoginStep step, LoginResult.Success success) {
        ProcurementAccount account = success.account();
        String role = success.emailUnconfirmed()
                ? ProcurementContext.ROLE_EMAIL_UNCONFIRMED
                : success.mustChangePassword()
                        ? ProcurementContext.ROLE_MUST_CHANGE_PASSWORD
                        : ProcurementContext.ROLE_USER;
        Set<String> roles = ProcurementContext.ROLE_USER.equals(role) && account.administrator()
                ? Set.of(role, ProcurementContext.ROLE_ADMIN)
                : Set.of(role);
        context.services().db().inTransaction(c -> {
            steps.delete(c, step.sessionId());
            return null;
        });
        Session.of(ctx)
                .login(new Principal(
                        ProcurementContext.AREA,
                        account.id(),
                        roles,
                        account.fullName(),
                        account.iin(),
                        step.holder().bin()));
        ctx.redirect(
                success.mustChangePassword() && !success.emailUnconfirmed()
                        ? ProcurementPaths.CHANGE_PASSWORD
                        : ProcurementPaths.CABINET);
    }

    private void render(Context ctx, LoginStep step, String errorKey, Long minutes) {
        Map<String, Object> params = new HashMap<>();
        params.put("holder", step.holder());
        params.put("error", errorKey == null ? "" : Pages.page(ctx).t(errorKey, minutes == null ? 0 : minutes));
        Pages.render(ctx, "procurement/password.jte", params);
    }

    private static long minutes(Duration remaining) {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }
}
