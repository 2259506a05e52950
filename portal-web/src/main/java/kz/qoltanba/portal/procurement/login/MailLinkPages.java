package kz.qoltanba.portal.procurement.login;

import io.javalin.http.Context;
import java.util.Map;
import kz.qoltanba.portal.procurement.ProcurementContext;
import kz.qoltanba.portal.procurement.TokenVerdict;
import kz.qoltanba.portal.web.Pages;

/** The links mailed to the user: activation (U5) and password recovery (U9). */
final class MailLinkPages {
    private final ProcurementContext context;

    MailLinkPages(ProcurementContext context) {
        this.context = context;
    }

    void activate(Context ctx) {
        String token = ctx.queryParam("token");
        TokenVerdict verdict = token == null
                ? TokenVerdict.UNKNOWN
                : context.services()
                        .db()
                        .inTransaction(c -> context.accounts().activation().activate(c, token));
        answer(ctx, verdict, "procurement.activation.title", "procurement.activation.done");
    }

    void recover(Context ctx) {
        String token = ctx.queryParam("token");
        TokenVerdict verdict = token == null
                ? TokenVerdict.UNKNOWN
                : context.services()
                        .db()
                        .inTransaction(c -> context.accounts().recovery().issueTemporaryPassword(c, token));
        answer(ctx, verdict, "procurement.recovery.title", "procurement.recovery.password_sent");
    }

    private static void answer(Context ctx, TokenVerdict verdict, String title, String doneKey) {
        if (verdict != TokenVerdict.ACCEPTED) {
            ctx.status(400);
        }
        String message = switch (verdict) {
            case ACCEPTED -> doneKey;
            case USED -> "procurement.link.used";
            case EXPIRED -> "procurement.link.expired";
            case UNKNOWN -> "procurement.link.unknown";
        };
        Pages.render(
                ctx,
                "procurement/notice.jte",
                Map.of(
                        "title",
                        title,
                        "message",
                        message,
                        "linkText",
                        "procurement.login.start",
                        "linkUrl",
                        ProcurementPaths.START));
    }
}
