package kz.qoltanba.portal.mail;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qoltanba.portal.PortalServices;
import kz.qoltanba.portal.web.Feature;
import kz.qoltanba.portal.web.Pages;

/**
 * The dev mailbox, only in dev mode: {@code /dev/mailbox} (page, optional {@code ?to=}) and
 * {@code /dev/mailbox.json?to=} (for tests: a list of {@code {id, sentAt, from, to, subject, body}}, newest first).
 */
public final class MailboxFeature implements Feature {
    @Override
    public void register(RoutesConfig routes, PortalServices services) {
        if (!services.config().devMode()) {
            return;
        }
        routes.get("/dev/mailbox", ctx -> {
            List<MailMessage> mails = mails(ctx, services);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("mails", mails);
            params.put("to", ctx.queryParam("to") == null ? "" : ctx.queryParam("to"));
            Pages.render(ctx, "common/mailbox.jte", params);
        });
        routes.get("/dev/mailbox.json", ctx -> {
            List<Map<String, Object>> json =
                    mails(ctx, services).stream().map(MailboxFeature::json).toList();
            ctx.json(json);
        });
    }

    private static List<MailMessage> mails(Context ctx, PortalServices services) {
        String to = ctx.queryParam("to");
        String filter = to == null || to.isBlank() ? null : to;
        return services.db().inTransaction(c -> services.mailer().mailbox(c, filter));
    }

    private static Map<String, Object> json(MailMessage m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", m.id());
        map.put("sentAt", m.sentAt().toString());
        map.put("from", m.from());
        map.put("to", m.to());
        map.put("subject", m.subject());
        map.put("body", m.body());
        return map;
    }
}
